/**
 * A question that asks the reader to act ("Wilt u de minister vragen …?", "Bent u bereid …?"):
 * a request, not a rhetorical question. The sentence stage (a list's lead-in) and the claims
 * stage (an ask) both need it, and neither should import the other.
 */
export const politeRequest = /^((wilt|kunt|zou|zoudt)\s+u\b|bent\s+u\s+bereid\b)/iu;
