// A mechanical fix: text edits to repository files, each replacing a range (1-based lines and columns, end exclusive).

export interface TextEdit {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  replacement: string
}

export interface Fix {
  /** One imperative sentence, e.g. `Replace the cri-containerd-cni bundle with containerd-1.7.6-linux-amd64.tar.gz.` */
  description: string
  edits: TextEdit[]
}
