// The V8 settings every process of a build runs with: `npm run build` (package.json), the build server, its
// render workers (they inherit them) and the bench. tests/publish/node-flags.test.ts holds package.json to them.
// - A young generation of 64 MB: a brochure's layout makes short-lived objects by the hundred megabytes, and a
//   larger nursery scavenges less often.
// - A later tier-up to V8's optimising compiler (an interrupt budget of 1 MB of bytecode run, against the
//   default 66 KB). With the default, a cold brochure kept the compiler's background threads busy for more CPU
//   time than its own main thread (900 compilations, 270 deoptimisations), on a core the other editions need.
//   This changes only when code is optimised, never what it computes.
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64', '--interrupt-budget=1000000'];
