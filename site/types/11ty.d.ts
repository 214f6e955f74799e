// The @11ty packages ship JavaScript without type declarations; these are the parts we call.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { quietMode?: boolean; config?: (eleventyConfig: never) => void; configPath?: string })
    write(): Promise<unknown>
    toJSON(): Promise<unknown>
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  const rssPlugin: (eleventyConfig: unknown, options?: object) => void
  export default rssPlugin
}

declare module '@11ty/eleventy-img' {
  export type ImageEntry = { url: string; outputPath: string; width: number; height: number; format: string; sourceType?: string; srcset: string }
  export type ImageMetadata = Record<string, ImageEntry[] | undefined>
  type ImageOptions = { widths?: (number | 'auto')[]; formats?: string[]; outputDir?: string; urlPath?: string; [key: string]: unknown }
  function Image(src: string, options?: ImageOptions): Promise<ImageMetadata>
  namespace Image {
    function generateHTML(metadata: ImageMetadata, attributes: Record<string, string>): string
  }
  export default Image
}
