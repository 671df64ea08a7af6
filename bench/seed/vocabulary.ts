// Word lists the synthetic archive is spelt from. Names are built from these by index inside
// PostgreSQL (bench/seed/sql-functions.ts), so every name is a pure function of an id.

// Titles, summaries and chapter text. Common words first: titles pick them Zipf-like, so a
// search for "river" finds many works and one for "lantern" few (search within results).
export const WORDS = [
  "the", "night", "river", "light", "home", "heart", "song", "stars", "winter", "summer",
  "fire", "sea", "moon", "dark", "little", "last", "storm", "ghost", "dream", "road",
  "between", "after", "under", "quiet", "golden", "broken", "bright", "silver", "morning", "secret",
  "rain", "snow", "garden", "city", "house", "blood", "bones", "crown", "wolf", "bird",
  "shadow", "echo", "promise", "letter", "window", "harbor", "mountain", "forest", "island", "mirror",
  "thread", "ember", "tide", "salt", "honey", "ashes", "glass", "paper", "iron", "velvet",
  "autumn", "spring", "hollow", "kingdom", "voyage", "feather", "thorn", "meadow", "orchard", "compass",
  "anchor", "candle", "lantern", "cathedral", "labyrinth", "constellation", "archive", "harvest", "midnight", "threshold",
  "remembered", "waiting", "falling", "burning", "singing", "drowning", "flying", "running", "breathing", "staying",
  "together", "alone", "again", "always", "never", "somewhere", "tomorrow", "yesterday", "forever", "almost",
];

// The 100,000-word chapter must fit AO3's 510,000-character limit, so its words are short.
export const SHORT_WORDS = ["a", "an", "and", "the", "of", "in", "on", "to", "he", "she", "it", "was", "not", "but", "sun", "sky", "sea", "day", "way", "now"];

// Character first and last names: two or three syllables, capitalised.
export const SYLLABLES = [
  "ka", "ri", "mo", "sel", "dan", "ve", "lo", "ar", "in", "tha", "mi", "ren", "so", "bel", "cor", "da", "el", "fi", "gar", "hal",
  "is", "jo", "kel", "lin", "mar", "nor", "os", "pe", "quin", "ros", "sa", "tor", "ul", "val", "wen", "xa", "yor", "za", "bri", "cal",
];

// Fandom names ("The Silver Tide") and the generated tail of additional tags ("silver tide feelings").
export const ADJECTIVES = [
  "Silver", "Golden", "Broken", "Hidden", "Last", "Crimson", "Quiet", "Endless", "Fallen", "Iron",
  "Scarlet", "Distant", "Burning", "Frozen", "Wandering", "Hollow", "Bright", "Shattered", "Emerald", "Midnight",
  "Starlit", "Forgotten", "Sunken", "Wild", "Gilded", "Obsidian", "Pale", "Sacred", "Secret", "Silent",
  "Stolen", "Verdant", "Violet", "Winter", "Ashen", "Azure", "Brazen", "Cobalt", "Copper", "Dusk",
  "Eternal", "Feral", "Gentle", "Grim", "Haunted", "Ivory", "Jade", "Lonely", "Lost", "Mirrored",
  "Northern", "Painted", "Restless", "Rusted", "Shining", "Southern", "Tangled", "Twilight", "Wicked", "Young",
];
export const NOUNS = [
  "Tide", "Crown", "Empire", "Academy", "Kingdom", "Garden", "Station", "Voyage", "Circle", "Order",
  "Harbor", "Citadel", "Frontier", "Archive", "Court", "Legion", "Sea", "Sky", "Throne", "Road",
  "Forest", "Tower", "City", "Island", "Desert", "Mountain", "River", "Lantern", "Compass", "Chronicle",
  "Covenant", "Dynasty", "Expanse", "Fleet", "Gate", "Guild", "Heir", "Hunt", "Labyrinth", "Legacy",
  "Machine", "Meridian", "Oath", "Orchard", "Paradox", "Pilgrim", "Prophecy", "Quest", "Reckoning", "Republic",
  "Rift", "Saga", "Sanctuary", "Sentinel", "Signal", "Spire", "Storm", "Summit", "Veil", "Wake",
];
export const FREEFORM_SUFFIXES = ["feelings", "vibes", "au", "energy", "shenanigans", "headcanons", "friendship", "pining", "drama", "fluff"];

// The head of the additional tags, most used first (AO3's most used freeforms, roughly).
export const TROPES = [
  "Fluff", "Angst", "Hurt/Comfort", "Alternate Universe", "Romance", "Friendship", "Humor", "Smut", "Established Relationship", "Slow Burn",
  "Happy Ending", "Alternate Universe - Modern Setting", "Canon Compliant", "Fluff and Angst", "Family", "Found Family", "Post-Canon", "Drabble", "Pining", "Mutual Pining",
  "Missing Scene", "First Kiss", "Love Confessions", "Enemies to Lovers", "Friends to Lovers", "Domestic Fluff", "Sick Fic", "Self-Harm", "Mental Health Issues", "Character Study",
  "Canon Divergence", "Time Travel", "Soulmates", "Crack", "Alternate Universe - College/University", "Alternate Universe - Coffee Shops & Cafés", "Whump", "Protective Siblings", "Nightmares", "Comfort",
  "Minor Character Death", "Violence", "Fake/Pretend Relationship", "Getting Together", "Christmas", "Halloween", "Road Trips", "Slice of Life", "Unrequited Love", "Secret Relationship",
  "Hurt No Comfort", "Kid Fic", "Bittersweet Ending", "Open Ending", "Dark", "Trauma", "Recovery", "Reunions", "Letters", "Songfic",
];
