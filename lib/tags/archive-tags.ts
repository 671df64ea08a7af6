// AO3's fixed tag sets. Ratings, archive warnings and categories are ordinary canonical tags in the
// database (so one filter mechanism serves every type); these lists are their names and order.
export const RATINGS = ["Not Rated", "General Audiences", "Teen And Up Audiences", "Mature", "Explicit"] as const;

export const ARCHIVE_WARNINGS = [
  "Choose Not To Use Archive Warnings",
  "Graphic Depictions Of Violence",
  "Major Character Death",
  "No Archive Warnings Apply",
  "Rape/Non-Con",
  "Underage Sex",
] as const;

export const CATEGORIES = ["F/F", "F/M", "Gen", "M/M", "Multi", "Other"] as const;

export type Rating = (typeof RATINGS)[number];
