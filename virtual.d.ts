declare module 'virtual:caveat-lens/match-index' {
  const index: import('./data/match').MatchIndex;
  export default index;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
