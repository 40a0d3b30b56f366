import { makePrivate } from './private';

/** The parts of Electron's session and DownloadItem used here (tests pass plain objects). */
interface DownloadItemLike {
  getSavePath(): string;
  once(event: 'done', listener: (event: unknown, state: string) => void): unknown;
}
interface SessionLike {
  on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): unknown;
}

/** Files the page saves through the download manager (the lot recall CSV) are made private once written. */
export function keepDownloadsPrivate(session: SessionLike): void {
  session.on('will-download', (_event, item) => {
    item.once('done', (_done, state) => {
      if (state === 'completed') makePrivate(item.getSavePath());
    });
  });
}
