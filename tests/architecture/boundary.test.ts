// The import boundary between scripts/ and templates/ is on: eslint refuses an import across it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the import boundary', () => {
  it('lets templates/ import only the model and brand types from scripts/', async () => {
    expect(
      await problems(
        'templates/pdf/probe.ts',
        "import { labelsFor } from '../../scripts/labels.ts';\nlabelsFor('en');\n",
      ),
    ).toEqual([expect.stringContaining('may import only the model')]);
    expect(
      await problems(
        'templates/pdf/probe.ts',
        "import { LABEL_LANGUAGES } from '../../scripts/labels.ts';\nexport const x = LABEL_LANGUAGES;\n",
      ),
    ).toHaveLength(1);
    expect(
      await problems(
        'templates/pdf/probe.ts',
        "import { brandFile } from '../../scripts/brand/schema.ts';\nexport const x = brandFile;\n",
      ),
    ).toEqual([expect.stringContaining('as types only')]);
    expect(
      await problems(
        'templates/pdf/probe.ts',
        "import type { Publication } from '../../scripts/model.ts';\nimport type { Brand } from '../../scripts/brand/schema.ts';\nexport type X = [Publication, Brand];\n",
      ),
    ).toEqual([]);
  });

  it('lets scripts/ reach templates/ only through templates/index.ts', async () => {
    expect(
      await problems(
        'scripts/dev/probe.ts',
        "import { mm } from '../../templates/shared/units.ts';\nexport const x = mm;\n",
      ),
    ).toEqual([expect.stringContaining('only through templates/index.ts')]);
    expect(
      await problems(
        'scripts/dev/probe.ts',
        "import { renderEdition } from '../../templates/index.ts';\nexport const x = renderEdition;\n",
      ),
    ).toEqual([]);
  });
});
