import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from "@/lib/users/limits";

// AO3: usernames 3–40 characters of letters, numbers and underscores; passwords 8–72 (bcrypt's
// limit, kept for parity though argon2 has none).

// The rules for every new password: signing up, changing it, resetting it.
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters long.`)
  .max(PASSWORD_MAX, `Password must be at most ${PASSWORD_MAX} characters long.`);

export const emailSchema = z.string().trim().max(254, "Email is too long.").pipe(z.email("Enter a valid email address."));

export const signUpSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(USERNAME_MIN, `Username must be at least ${USERNAME_MIN} characters long.`)
      .max(USERNAME_MAX, `Username must be at most ${USERNAME_MAX} characters long.`)
      .regex(/^[A-Za-z0-9_]+$/, "Username can only contain letters, numbers and underscores."),
    email: emailSchema,
    password: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((values) => values.password === values.confirmPassword, {
    message: "Password and confirmation do not match.",
    path: ["confirmPassword"],
  });

export type SignUpInput = z.infer<typeof signUpSchema>;
