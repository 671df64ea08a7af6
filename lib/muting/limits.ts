// AO3 lets a user mute at most 2,000 users and block at most 2,000 (its muting and blocking FAQ).
export const MUTED_USERS_MAX = 2000;
export const BLOCKED_USERS_MAX = 2000;
