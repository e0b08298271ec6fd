/** Something the importer could read but had to decide about; `line` is 1-based. */
export interface ImportWarning {
  line: number;
  message: string;
}
