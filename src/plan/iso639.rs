//! Language codes a plan may use, with their English names for messages:
//! every ISO 639-1 code, and the ISO 639-2/3 codes of languages people in
//! a hall are likely to speak that have no two-letter code.

/// `(code, English name)`, sorted by code.
#[rustfmt::skip]
const NAMES: &[(&str, &str)] = &[
    ("aa", "Afar"), ("ab", "Abkhazian"), ("ae", "Avestan"), ("af", "Afrikaans"),
    ("ak", "Akan"), ("am", "Amharic"), ("an", "Aragonese"), ("ar", "Arabic"),
    ("as", "Assamese"), ("ast", "Asturian"), ("av", "Avaric"), ("ay", "Aymara"),
    ("az", "Azerbaijani"), ("ba", "Bashkir"), ("be", "Belarusian"), ("bg", "Bulgarian"),
    ("bh", "Bihari"), ("bho", "Bhojpuri"), ("bi", "Bislama"), ("bm", "Bambara"),
    ("bn", "Bengali"), ("bo", "Tibetan"), ("br", "Breton"), ("bs", "Bosnian"),
    ("ca", "Catalan"), ("ce", "Chechen"), ("ceb", "Cebuano"), ("ch", "Chamorro"),
    ("chr", "Cherokee"), ("ckb", "Central Kurdish"), ("co", "Corsican"), ("cr", "Cree"),
    ("cs", "Czech"), ("ctg", "Chittagonian"), ("cu", "Church Slavonic"), ("cv", "Chuvash"),
    ("cy", "Welsh"), ("da", "Danish"), ("de", "German"), ("dv", "Dhivehi"),
    ("dz", "Dzongkha"), ("ee", "Ewe"), ("el", "Greek"), ("en", "English"),
    ("eo", "Esperanto"), ("es", "Spanish"), ("et", "Estonian"), ("eu", "Basque"),
    ("fa", "Persian"), ("ff", "Fula"), ("fi", "Finnish"), ("fil", "Filipino"),
    ("fj", "Fijian"), ("fo", "Faroese"), ("fr", "French"), ("fy", "Western Frisian"),
    ("ga", "Irish"), ("gd", "Scottish Gaelic"), ("gl", "Galician"), ("gn", "Guarani"),
    ("gsw", "Swiss German"), ("gu", "Gujarati"), ("gv", "Manx"), ("ha", "Hausa"),
    ("haw", "Hawaiian"), ("he", "Hebrew"), ("hi", "Hindi"), ("hmn", "Hmong"),
    ("ho", "Hiri Motu"), ("hr", "Croatian"), ("ht", "Haitian Creole"), ("hu", "Hungarian"),
    ("hy", "Armenian"), ("hz", "Herero"), ("ia", "Interlingua"), ("id", "Indonesian"),
    ("ie", "Interlingue"), ("ig", "Igbo"), ("ii", "Sichuan Yi"), ("ik", "Inupiaq"),
    ("ilo", "Ilocano"), ("io", "Ido"), ("is", "Icelandic"), ("it", "Italian"),
    ("iu", "Inuktitut"), ("ja", "Japanese"), ("jv", "Javanese"), ("ka", "Georgian"),
    ("kab", "Kabyle"), ("kg", "Kongo"), ("ki", "Kikuyu"), ("kj", "Kuanyama"),
    ("kk", "Kazakh"), ("kl", "Greenlandic"), ("km", "Khmer"), ("kmr", "Northern Kurdish"),
    ("kn", "Kannada"), ("ko", "Korean"), ("kr", "Kanuri"), ("kri", "Krio"),
    ("ks", "Kashmiri"), ("ku", "Kurdish"), ("kv", "Komi"), ("kw", "Cornish"),
    ("ky", "Kyrgyz"), ("la", "Latin"), ("lb", "Luxembourgish"), ("lg", "Ganda"),
    ("li", "Limburgish"), ("ln", "Lingala"), ("lo", "Lao"), ("lt", "Lithuanian"),
    ("lu", "Luba-Katanga"), ("lv", "Latvian"), ("mai", "Maithili"), ("mg", "Malagasy"),
    ("mh", "Marshallese"), ("mi", "Maori"), ("mk", "Macedonian"), ("ml", "Malayalam"),
    ("mn", "Mongolian"), ("mr", "Marathi"), ("ms", "Malay"), ("mt", "Maltese"),
    ("my", "Burmese"), ("na", "Nauru"), ("nb", "Norwegian Bokmål"), ("nd", "North Ndebele"),
    ("ne", "Nepali"), ("ng", "Ndonga"), ("nl", "Dutch"), ("nn", "Norwegian Nynorsk"),
    ("no", "Norwegian"), ("nr", "South Ndebele"), ("nv", "Navajo"), ("ny", "Chichewa"),
    ("oc", "Occitan"), ("oj", "Ojibwe"), ("om", "Oromo"), ("or", "Odia"),
    ("os", "Ossetian"), ("pa", "Punjabi"), ("pcm", "Nigerian Pidgin"), ("pi", "Pali"),
    ("pl", "Polish"), ("prs", "Dari"), ("ps", "Pashto"), ("pt", "Portuguese"),
    ("qu", "Quechua"), ("rm", "Romansh"), ("rn", "Kirundi"), ("ro", "Romanian"),
    ("rom", "Romani"), ("ru", "Russian"), ("rw", "Kinyarwanda"), ("sa", "Sanskrit"),
    ("sc", "Sardinian"), ("sco", "Scots"), ("sd", "Sindhi"), ("se", "Northern Sami"),
    ("sg", "Sango"), ("si", "Sinhala"), ("sk", "Slovak"), ("sl", "Slovenian"),
    ("sm", "Samoan"), ("sn", "Shona"), ("so", "Somali"), ("sq", "Albanian"),
    ("sr", "Serbian"), ("ss", "Swati"), ("st", "Southern Sotho"), ("su", "Sundanese"),
    ("sv", "Swedish"), ("sw", "Swahili"), ("syl", "Sylheti"), ("ta", "Tamil"),
    ("te", "Telugu"), ("tg", "Tajik"), ("th", "Thai"), ("ti", "Tigrinya"),
    ("tig", "Tigre"), ("tk", "Turkmen"), ("tl", "Tagalog"), ("tn", "Tswana"),
    ("to", "Tongan"), ("tr", "Turkish"), ("ts", "Tsonga"), ("tt", "Tatar"),
    ("tw", "Twi"), ("ty", "Tahitian"), ("ug", "Uyghur"), ("uk", "Ukrainian"),
    ("ur", "Urdu"), ("uz", "Uzbek"), ("ve", "Venda"), ("vi", "Vietnamese"),
    ("vo", "Volapük"), ("wa", "Walloon"), ("wo", "Wolof"), ("xh", "Xhosa"),
    ("yi", "Yiddish"), ("yo", "Yoruba"), ("yue", "Cantonese"), ("za", "Zhuang"),
    ("zh", "Chinese"), ("zu", "Zulu"),
];

/// The English name of a known language code.
pub(super) fn name(code: &str) -> Option<&'static str> {
    NAMES
        .binary_search_by(|(c, _)| (*c).cmp(code))
        .ok()
        .map(|i| NAMES[i].1)
}

/// Lowercase ASCII letters, two or three of them: the shape of a code.
pub(super) fn is_code_shaped(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// "Welsh (cy)", or the bare code when it is not in the table.
pub(super) fn describe(code: &str) -> String {
    match name(code) {
        Some(name) => format!("{name} ({code})"),
        None => format!("\"{code}\""),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_table_is_sorted_and_every_code_is_well_shaped() {
        assert!(super::NAMES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(super::NAMES.iter().all(|(c, _)| super::is_code_shaped(c)));
        assert_eq!(super::name("cy"), Some("Welsh"));
        assert_eq!(super::name("xx"), None);
    }
}
