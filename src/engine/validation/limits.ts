/** Pack files larger than this are refused before reading, in the app and the CLI alike. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** The message for a file over its limit (a pack's unless another is given), located at the root. */
export const tooLargeMessage = (bytes: number, limit = MAX_PACK_BYTES) =>
  `the file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${limit / 1048576} MB`;
