/** The desktop's folder picker (Electron only); browser mode types a folder path instead. */
export interface FolderActions {
  chooseFolder(title: string): Promise<string | null>;
}
