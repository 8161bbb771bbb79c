/**
 * The vocabulary of the scale desk's articles and claims (bench/scale.ts):
 * the kind of words Afghan news reports and their claims are made of, in
 * English and in Dari/Pashto (Arabic script), so trigram search meets
 * realistic overlap — many claims share a place or a verb, few share all.
 */
export const WORDS = {
  place: [
    "Kunduz", "Kabul", "Herat", "Kandahar", "Mazar-i-Sharif", "Jalalabad", "Helmand", "Badakhshan", "Takhar", "Baghlan",
    "Ghazni", "Paktia", "Khost", "Nangarhar", "Bamyan", "Faryab", "Balkh", "Logar", "Parwan", "Kapisa", "Zabul", "Uruzgan",
    "Farah", "Nimroz", "Samangan", "Sar-e Pol", "Jowzjan", "Laghman", "Kunar", "Nuristan", "Wardak", "Daikundi", "Doha",
    "Spin Boldak", "Torkham", "Imam Sahib", "Khanabad", "Pul-e Khumri",
  ],
  subject: [
    "people", "families", "civilians", "children", "women", "students", "teachers", "refugees", "soldiers", "farmers",
    "workers", "patients", "doctors", "households", "villagers", "returnees", "prisoners", "journalists", "nurses", "girls",
  ],
  verb: [
    "killed", "displaced", "injured", "arrested", "vaccinated", "enrolled", "evacuated", "registered", "employed",
    "detained", "released", "rescued", "treated", "relocated", "deported", "reported missing", "sheltered", "resettled",
  ],
  actor: [
    "Officials", "The ministry", "The provincial governor", "Police", "The United Nations", "Aid agencies", "A Taliban spokesman",
    "Hospital staff", "Local elders", "The World Bank", "UNHCR", "The World Health Organization", "The Red Crescent",
    "The statistics office", "Witnesses", "The district chief", "Human Rights Watch", "The education department",
  ],
  context: [
    "after the mosque bombing", "after the floods", "after the earthquake", "during the drought", "after an airstrike",
    "in clashes", "in a checkpoint attack", "after the border closure", "as schools reopened", "in a vaccination drive",
    "before the wheat harvest", "during a fuel shortage", "after a cholera outbreak", "since the peace talks",
    "in a landslide", "after heavy snowfall", "in a market fire", "near the airport",
  ],
  time: ["on Friday", "last week", "in October", "since August", "this year", "last month", "overnight", "on Saturday", "in 2021", "by March"],
} as const;

/** Dari and Pashto in Arabic script (one article in eight is written in them). */
export const WORDS_FA = {
  place: ["کابل", "کندز", "هرات", "قندهار", "بلخ", "ننگرهار", "بدخشان", "غزنی", "هلمند", "خوست", "بامیان", "تخار", "امام صاحب", "جلال‌آباد"],
  subject: ["خانواده", "کډوال", "کودکان", "زنان", "محصلان", "معلمان", "بیماران", "دهقانان", "کارگران", "غیرنظامیان"],
  verb: ["کشته", "زخمی", "آواره", "بازگشتند", "بازداشت", "واکسین", "ثبت‌نام", "نجات", "تخلیه", "مفقود"],
  actor: ["مقامات", "وزارت", "والی ولایت", "پولیس", "سازمان ملل", "روغتون", "بزرگان محل", "سره میاشت", "ولسوالی"],
  context: ["پس از سیلاب", "پس از زلزله", "در جریان خشکسالی", "در درگیری‌ها", "پس از انفجار مسجد", "در مکتب", "در روغتون", "در بازار"],
  time: ["روز جمعه", "هفته گذشته", "ماه اکتبر", "امسال", "ماه گذشته", "دیشب"],
} as const;

export const FIRST_NAMES = ["Ahmad", "Mariam", "Farid", "Zahra", "Omid", "Laila", "Nasir", "Sima", "Jawad", "Parwana", "Hamid", "Shabnam", "Karim", "Fatima", "Wahid", "Nadia", "Rahim", "Soraya", "Bilal", "Hosna"];
export const LAST_NAMES = ["Ahmadi", "Karimi", "Rahimi", "Haidari", "Noori", "Sultani", "Amiri", "Hashimi", "Popal", "Stanekzai", "Mohammadi", "Sadat", "Wardak", "Safi", "Zaheer"];
export const RATINGS = ["true", "mostly-true", "misleading", "false", "unverifiable"];
