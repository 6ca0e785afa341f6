/** The signatures of a zip's records (PKWARE APPNOTE 6.3.10 §4.3), for its reader and its writer. */
export const LOCAL = 0x04034b50;
export const CENTRAL = 0x02014b50;
export const EOCD = 0x06054b50;
export const ZIP64_LOCATOR = 0x07064b50;
export const ZIP64_EOCD = 0x06064b50;
