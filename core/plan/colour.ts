/** True for a colour written `#RRGGBB` (either case), the only form Plans and highlight fills use. */
export function isHexColour(text: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(text);
}
