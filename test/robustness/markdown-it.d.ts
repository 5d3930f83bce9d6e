// The part of markdown-it (a dev dependency, without bundled types) that the hover rendering test uses.
declare module 'markdown-it' {
  interface MarkdownItOptions {
    html?: boolean;
    linkify?: boolean;
    typographer?: boolean;
  }
  interface MarkdownIt {
    render(source: string): string;
  }
  function markdownit(options?: MarkdownItOptions): MarkdownIt;
  export = markdownit;
}
