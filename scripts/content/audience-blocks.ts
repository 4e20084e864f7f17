// `:::audience{only="police"}` blocks: their attributes checked, their blocks tagged with the audiences.
import type * as Mdast from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { error, type Diagnostic } from '../diagnostics.ts';
import type { Block, SourcePosition } from '../model.ts';
import { AUDIENCES, parseAudienceList } from './audiences.ts';
import { closest } from './suggest.ts';

/** `:::audience{only="police"}` … `:::`: its blocks, each tagged with the audiences it is for. */
export function audienceBlocks(
  state: { diagnostics: Diagnostic[]; flow(nodes: readonly Mdast.RootContent[]): Block[] },
  node: ContainerDirective,
  children: Mdast.RootContent[],
  position: SourcePosition,
): Block[] {
  const attributes = node.attributes ?? {};
  const only = parseAudienceList(attributes.only ?? undefined);
  const except = parseAudienceList(attributes.except ?? undefined);
  const unknownAttributes = Object.keys(attributes).filter((key) => key !== 'only' && key !== 'except');
  for (const key of unknownAttributes) {
    state.diagnostics.push(error(position, 'audience-block', `":::audience" has no attribute "${key}"`, 'write only="…" or except="…"'));
  }
  if (only.length === 0 && except.length === 0) {
    state.diagnostics.push(error(position, 'audience-block', '":::audience" names no audience', `write :::audience{only="police"} or {except="schools"}; the audiences are ${AUDIENCES.join(', ')}`));
  }
  for (const name of [...only, ...except]) {
    if (!(AUDIENCES as readonly string[]).includes(name)) {
      const suggestion = closest(name, AUDIENCES);
      state.diagnostics.push(
        error(position, 'audience-block', `unknown audience "${name}"${suggestion ? `: did you mean "${suggestion}"?` : ''}`, `the audiences are ${AUDIENCES.join(', ')}`),
      );
    }
  }
  return state.flow(children).map((block) => ({ ...block, audience: { only, except } }));
}
