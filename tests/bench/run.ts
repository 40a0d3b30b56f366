import { benchDocuments } from './documents';

/** `npm run bench`: timings worth watching, printed as plain text. */
async function main(): Promise<void> {
  await benchDocuments();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
