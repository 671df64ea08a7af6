import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/users/schema";

// The account forms: change password, change email, "Forgot password?", the reset link's form and
// deleting the account. New passwords follow the sign-up rules (lib/users/schema.ts).

const currentPassword = (message: string) => z.string().min(1, message).max(1000, message);

const newPassword = {
  password: passwordSchema,
  confirmPassword: z.string(),
};

const confirmed = <T extends { password: string; confirmPassword: string }>(values: T) => values.password === values.confirmPassword;
const confirmation = { message: "New password and confirmation do not match.", path: ["confirmPassword"] };

export const changePasswordSchema = z
  .object({ oldPassword: currentPassword("Enter your old password."), ...newPassword })
  .refine(confirmed, confirmation);

export const resetPasswordSchema = z
  .object({ token: z.string().trim().min(1).max(200), ...newPassword })
  .refine(confirmed, confirmation);

export const changeEmailSchema = z.object({
  email: emailSchema,
  password: currentPassword("Enter your password."),
});

export const forgotPasswordSchema = z.object({
  login: z.string().trim().min(1, "Enter your email or username.").max(254, "That is longer than any email or username."),
});

export const WORKS_CHOICES = ["orphan", "delete"] as const;

export const deleteAccountSchema = z.object({
  works: z.enum(WORKS_CHOICES, "Choose what happens to your works."),
  password: currentPassword("Enter your password."),
});

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;
