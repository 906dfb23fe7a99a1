/** Pack files larger than this are refused before reading, in the app and the CLI alike. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** The message for a file over the limit, located at the document root. */
export const tooLargeMessage = (bytes: number) =>
  `the file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1048576} MB`;
