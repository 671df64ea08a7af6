// Account limits, apart from the schema so that forms can show them without shipping zod to the
// browser (its feature test trips the Content-Security-Policy).
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 40;
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 72;
