// At most this many creators on one work, pending invitations included: room for a writing
// circle or a big-bang team, not a way to put a work on dozens of profiles and inboxes at once.
export const CREATORS_MAX = 10;
