// Dates with the month's name in the scripts of Arabic, Kurdish, Burmese, Khmer, Lao, Ge'ez
// (Tigrinya), Thaana (Dhivehi) and Tamil, and
// numeric dates in the digits of those scripts. Letters and forms of Iraq, Syria, Jordan and
// Lebanon name the months by the Syriac tradition ("5 آذار 2024", "12 كانون الثاني 2023"),
// Egypt, Sudan, Yemen and Libya by the Latin one ("5 مارس 2024"), the Maghreb by the French
// one ("5 جوان 2024", "5 غشت 2024"); Iraqi Kurdish forms ("5 ئازار 2024"), Myanmar's ("၅ မတ်
// ၂၀၂၄"), Cambodia's ("ថ្ងៃទី៥ ខែមីនា ឆ្នាំ២០២៤") and Laos' ("5 ມີນາ 2024") write them day first.
// A year must follow (many of the months are words or names too: "تموز", "رمضان", "ມີນາ"), in
// any script's digits; a Hijri month's year (1300-1499) must carry its mark "هـ".
#include "foreign_dates.h"

namespace concord::phi::detail {

namespace {

// Bangla: the Bengali calendar of Bangladesh (years 1350-1460 of the Bangabda, 1943-2053).
enum class Calendar { None, Gregorian, Hijri, Bangla, Hebrew };

// Strips `prefix` from the front of `w` when more follows it.
bool stripPrefix(std::string_view& w, std::string_view prefix) {
  if (w.size() <= prefix.size() || w.substr(0, prefix.size()) != prefix) return false;
  w.remove_prefix(prefix.size());
  return true;
}

// A month of one word.
Calendar oneWordMonth(std::string_view w) {
  // The Arabic comma glues to the word before it ("5 آذار، 2024").
  if (w.size() > 2 && w.substr(w.size() - 2) == "\u060c") w.remove_suffix(2);
  // Khmer "ខែមីនា" (month March) and Burmese "မတ်လ" (March month) glue their word for month.
  stripPrefix(w, "\u1781\u17c2");
  if (w.size() > 3 && w.substr(w.size() - 3) == "\u101c") w.remove_suffix(3);
  static constexpr std::string_view kGregorian[] = {
      // Syriac tradition (Iraq, Syria, Jordan, Lebanon, Palestine)
      "\u0634\u0628\u0627\u0637", "\u0622\u0630\u0627\u0631", "\u0627\u0630\u0627\u0631", "\u0646\u064a\u0633\u0627\u0646",
      "\u0623\u064a\u0627\u0631", "\u0627\u064a\u0627\u0631", "\u062d\u0632\u064a\u0631\u0627\u0646", "\u062a\u0645\u0648\u0632",
      "\u0622\u0628", "\u0627\u0628", "\u0623\u064a\u0644\u0648\u0644", "\u0627\u064a\u0644\u0648\u0644",
      // Latin tradition (Egypt, Sudan, Yemen, the Gulf)
      "\u064a\u0646\u0627\u064a\u0631", "\u0641\u0628\u0631\u0627\u064a\u0631", "\u0645\u0627\u0631\u0633",
      "\u0623\u0628\u0631\u064a\u0644", "\u0627\u0628\u0631\u064a\u0644", "\u0625\u0628\u0631\u064a\u0644",
      "\u0645\u0627\u064a\u0648", "\u064a\u0648\u0646\u064a\u0648", "\u064a\u0648\u0646\u064a\u0647",
      "\u064a\u0648\u0644\u064a\u0648", "\u064a\u0648\u0644\u064a\u0647", "\u0623\u063a\u0633\u0637\u0633",
      "\u0627\u063a\u0633\u0637\u0633", "\u0633\u0628\u062a\u0645\u0628\u0631", "\u0623\u0643\u062a\u0648\u0628\u0631",
      "\u0627\u0643\u062a\u0648\u0628\u0631", "\u0646\u0648\u0641\u0645\u0628\u0631", "\u062f\u064a\u0633\u0645\u0628\u0631",
      // French tradition (Algeria, Tunisia) and Morocco's
      "\u062c\u0627\u0646\u0641\u064a", "\u0641\u064a\u0641\u0631\u064a", "\u0623\u0641\u0631\u064a\u0644",
      "\u0627\u0641\u0631\u064a\u0644", "\u0645\u0627\u064a", "\u062c\u0648\u0627\u0646", "\u062c\u0648\u064a\u0644\u064a\u0629",
      "\u0623\u0648\u062a", "\u0627\u0648\u062a", "\u064a\u0648\u0644\u064a\u0648\u0632", "\u063a\u0634\u062a",
      "\u0634\u062a\u0646\u0628\u0631", "\u0646\u0648\u0646\u0628\u0631", "\u062f\u062c\u0646\u0628\u0631",
      // Kurdish (Sorani) one-word months
      "\u0634\u0648\u0628\u0627\u062a", "\u0626\u0627\u0632\u0627\u0631", "\u0646\u06cc\u0633\u0627\u0646",
      "\u0626\u0627\u06cc\u0627\u0631", "\u062d\u0648\u0632\u06d5\u06cc\u0631\u0627\u0646",
      "\u062a\u06d5\u0645\u0645\u0648\u0648\u0632", "\u0626\u0627\u0628", "\u0626\u06d5\u06cc\u0644\u0648\u0648\u0644",
      // Burmese
      "\u1007\u1014\u103a\u1014\u101d\u102b\u101b\u102e",
      "\u1016\u1031\u1016\u1031\u102c\u103a\u101d\u102b\u101b\u102e",
      "\u1019\u1010\u103a", "\u1027\u1015\u103c\u102e", "\u1019\u1031", "\u1007\u103d\u1014\u103a",
      "\u1007\u1030\u101c\u102d\u102f\u1004\u103a", "\u1029\u1002\u102f\u1010\u103a",
      "\u1005\u1000\u103a\u1010\u1004\u103a\u1018\u102c",
      "\u1021\u1031\u102c\u1000\u103a\u1010\u102d\u102f\u1018\u102c",
      "\u1014\u102d\u102f\u101d\u1004\u103a\u1018\u102c", "\u1012\u102e\u1007\u1004\u103a\u1018\u102c",
      // Khmer
      "\u1798\u1780\u179a\u17b6", "\u1780\u17bb\u1798\u17d2\u1797\u17c8", "\u1798\u17b8\u1793\u17b6",
      "\u1798\u17c1\u179f\u17b6", "\u17a7\u179f\u1797\u17b6", "\u1798\u17b7\u1790\u17bb\u1793\u17b6",
      "\u1780\u1780\u17d2\u1780\u178a\u17b6", "\u179f\u17b8\u17a0\u17b6", "\u1780\u1789\u17d2\u1789\u17b6",
      "\u178f\u17bb\u179b\u17b6", "\u179c\u17b7\u1785\u17d2\u1786\u17b7\u1780\u17b6", "\u1792\u17d2\u1793\u17bc",
      // Lao
      "\u0ea1\u0eb1\u0e87\u0e81\u0ead\u0e99", "\u0e81\u0eb8\u0ea1\u0e9e\u0eb2", "\u0ea1\u0eb5\u0e99\u0eb2",
      "\u0ec0\u0ea1\u0eaa\u0eb2", "\u0e9e\u0eb6\u0e94\u0eaa\u0eb0\u0e9e\u0eb2", "\u0ea1\u0eb4\u0e96\u0eb8\u0e99\u0eb2",
      "\u0e81\u0ecd\u0ea5\u0eb0\u0e81\u0ebb\u0e94", "\u0eaa\u0eb4\u0e87\u0eab\u0eb2", "\u0e81\u0eb1\u0e99\u0e8d\u0eb2",
      "\u0e95\u0eb8\u0ea5\u0eb2", "\u0e9e\u0eb0\u0e88\u0eb4\u0e81", "\u0e97\u0eb1\u0e99\u0ea7\u0eb2",
      // Tigrinya of Eritrea, the Gregorian months by their Ge'ez names ("5 መጋቢት 2024": ጥሪ is
      // January), and the months of the Ethiopian calendar Eritrean and Ethiopian papers also
      // date by (its years, 2016 for 2024, stay in range).
      "\u1325\u122a", "\u1208\u12ab\u1272\u1275", "\u1218\u130b\u1262\u1275", "\u121a\u12eb\u12dd\u12eb",
      "\u130d\u1295\u1266\u1275", "\u1230\u1290", "\u1213\u121d\u1208", "\u1290\u1213\u1230",
      "\u1218\u1235\u12a8\u1228\u121d", "\u1325\u1245\u121d\u1272", "\u1215\u12f3\u122d",
      "\u1273\u1215\u1233\u1235",
      "\u1325\u1245\u121d\u1275", "\u1285\u12f3\u122d", "\u1273\u1285\u1223\u1225", "\u1273\u1205\u1233\u1235",
      "\u1325\u122d", "\u12e8\u12ab\u1272\u1275", "\u1230\u1294", "\u1210\u121d\u120c", "\u1290\u1210\u1234",
      "\u1333\u1309\u121c", "\u1333\u1309\u121c\u1295",
      // Tamil, an official language of Singapore (and Sri Lanka's, India's): "5 மார்ச் 2024"
      "\u0b9c\u0ba9\u0bb5\u0bb0\u0bbf", "\u0baa\u0bbf\u0baa\u0bcd\u0bb0\u0bb5\u0bb0\u0bbf", "\u0bae\u0bbe\u0bb0\u0bcd\u0b9a\u0bcd", "\u0b8f\u0baa\u0bcd\u0bb0\u0bb2\u0bcd", "\u0bae\u0bc7", "\u0b9c\u0bc2\u0ba9\u0bcd", "\u0b9c\u0bc2\u0bb2\u0bc8", "\u0b86\u0b95\u0bb8\u0bcd\u0b9f\u0bcd", "\u0b9a\u0bc6\u0baa\u0bcd\u0b9f\u0bae\u0bcd\u0baa\u0bb0\u0bcd",
      "\u0b85\u0b95\u0bcd\u0b9f\u0bcb\u0baa\u0bb0\u0bcd", "\u0ba8\u0bb5\u0bae\u0bcd\u0baa\u0bb0\u0bcd", "\u0b9f\u0bbf\u0b9a\u0bae\u0bcd\u0baa\u0bb0\u0bcd",
      // After the date-layout session (2026-11-28): Thai in full ("12 มกราคม 2510", the
      // Buddhist era's year), Hindi and Nepali ("12 अप्रैल 2024"), the months of Nepal's Bikram Sambat in
      // Devanagari ("19 फागुन 2081"), Bengali ("15 মার্চ ২০২৫"), Urdu ("12 اپریل 2024"), Greek in the
      // genitive a date uses and the nominative ("12 Απριλίου 2024", first letter lowered below) and
      // Hebrew ("3 במרץ 2025", the preposition ב stripped below).
      "\u0e21\u0e01\u0e23\u0e32\u0e04\u0e21", "\u0e01\u0e38\u0e21\u0e20\u0e32\u0e1e\u0e31\u0e19\u0e18\u0e4c", "\u0e21\u0e35\u0e19\u0e32\u0e04\u0e21", "\u0e40\u0e21\u0e29\u0e32\u0e22\u0e19", "\u0e1e\u0e24\u0e29\u0e20\u0e32\u0e04\u0e21", "\u0e21\u0e34\u0e16\u0e38\u0e19\u0e32\u0e22\u0e19", "\u0e01\u0e23\u0e01\u0e0e\u0e32\u0e04\u0e21", "\u0e2a\u0e34\u0e07\u0e2b\u0e32\u0e04\u0e21", "\u0e01\u0e31\u0e19\u0e22\u0e32\u0e22\u0e19", "\u0e15\u0e38\u0e25\u0e32\u0e04\u0e21", "\u0e1e\u0e24\u0e28\u0e08\u0e34\u0e01\u0e32\u0e22\u0e19", "\u0e18\u0e31\u0e19\u0e27\u0e32\u0e04\u0e21",
      "\u091c\u0928\u0935\u0930\u0940", "\u092b\u093c\u0930\u0935\u0930\u0940", "\u092b\u0930\u0935\u0930\u0940", "\u092e\u093e\u0930\u094d\u091a", "\u0905\u092a\u094d\u0930\u0948\u0932", "\u0905\u092a\u094d\u0930\u0947\u0932", "\u092e\u0908", "\u091c\u0942\u0928", "\u091c\u0941\u0932\u093e\u0908", "\u0905\u0917\u0938\u094d\u0924", "\u0938\u093f\u0924\u0902\u092c\u0930", "\u0938\u093f\u0924\u092e\u094d\u092c\u0930", "\u0905\u0915\u094d\u091f\u0942\u092c\u0930", "\u0905\u0915\u094d\u0924\u0942\u092c\u0930", "\u0928\u0935\u0902\u092c\u0930", "\u0928\u0935\u092e\u094d\u092c\u0930", "\u0926\u093f\u0938\u0902\u092c\u0930", "\u0926\u093f\u0938\u092e\u094d\u092c\u0930",
      "\u092b\u0947\u092c\u094d\u0930\u0941\u0905\u0930\u0940", "\u0905\u092a\u094d\u0930\u093f\u0932", "\u092e\u0947", "\u091c\u0941\u0928", "\u0905\u0917\u0938\u094d\u091f", "\u0938\u0947\u092a\u094d\u091f\u0947\u092e\u094d\u092c\u0930", "\u0905\u0915\u094d\u091f\u094b\u092c\u0930", "\u0928\u094b\u092d\u0947\u092e\u094d\u092c\u0930", "\u0921\u093f\u0938\u0947\u092e\u094d\u092c\u0930",
      "\u092c\u0948\u0936\u093e\u0916", "\u0935\u0948\u0936\u093e\u0916", "\u091c\u0947\u0920", "\u091c\u0947\u0937\u094d\u0920", "\u091c\u094d\u092f\u0947\u0937\u094d\u0920", "\u0905\u0938\u093e\u0930", "\u0906\u0937\u093e\u0922", "\u0938\u093e\u0909\u0928", "\u0936\u094d\u0930\u093e\u0935\u0923", "\u092d\u0926\u094c", "\u092d\u093e\u0926\u094d\u0930", "\u0905\u0938\u094b\u091c", "\u0906\u0936\u094d\u0935\u093f\u0928", "\u0915\u093e\u0924\u094d\u0924\u093f\u0915", "\u0915\u093e\u0930\u094d\u0924\u093f\u0915", "\u092e\u0902\u0938\u093f\u0930", "\u092e\u0919\u094d\u0938\u093f\u0930", "\u092e\u093e\u0930\u094d\u0917", "\u092a\u0941\u0938", "\u092a\u094c\u0937", "\u092e\u093e\u0918", "\u092b\u093e\u0917\u0941\u0928", "\u092b\u093e\u0932\u094d\u0917\u0941\u0928", "\u091a\u0948\u0924", "\u091a\u0948\u0924\u094d\u0930",
      "\u099c\u09be\u09a8\u09c1\u09af\u09bc\u09be\u09b0\u09bf", "\u099c\u09be\u09a8\u09c1\u09af\u09bc\u09be\u09b0\u09c0", "\u09ab\u09c7\u09ac\u09cd\u09b0\u09c1\u09af\u09bc\u09be\u09b0\u09bf", "\u09ab\u09c7\u09ac\u09cd\u09b0\u09c1\u09af\u09bc\u09be\u09b0\u09c0", "\u09ae\u09be\u09b0\u09cd\u099a", "\u098f\u09aa\u09cd\u09b0\u09bf\u09b2", "\u09ae\u09c7", "\u099c\u09c1\u09a8", "\u099c\u09c1\u09b2\u09be\u0987", "\u0986\u0997\u09b8\u09cd\u099f", "\u0986\u0997\u09b7\u09cd\u099f", "\u09b8\u09c7\u09aa\u09cd\u099f\u09c7\u09ae\u09cd\u09ac\u09b0", "\u0985\u0995\u09cd\u099f\u09cb\u09ac\u09b0", "\u09a8\u09ad\u09c7\u09ae\u09cd\u09ac\u09b0", "\u09a1\u09bf\u09b8\u09c7\u09ae\u09cd\u09ac\u09b0",
      "\u062c\u0646\u0648\u0631\u06cc", "\u0641\u0631\u0648\u0631\u06cc", "\u0645\u0627\u0631\u0686", "\u0627\u067e\u0631\u06cc\u0644", "\u0645\u0626\u06cc", "\u062c\u0648\u0646", "\u062c\u0648\u0644\u0627\u0626\u06cc", "\u0627\u06af\u0633\u062a", "\u0633\u062a\u0645\u0628\u0631", "\u0627\u06a9\u062a\u0648\u0628\u0631", "\u0646\u0648\u0645\u0628\u0631", "\u062f\u0633\u0645\u0628\u0631",
      "\u03b9\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5", "\u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5", "\u03bc\u03b1\u03c1\u03c4\u03af\u03bf\u03c5", "\u03b1\u03c0\u03c1\u03b9\u03bb\u03af\u03bf\u03c5", "\u03bc\u03b1\u0390\u03bf\u03c5", "\u03b9\u03bf\u03c5\u03bd\u03af\u03bf\u03c5", "\u03b9\u03bf\u03c5\u03bb\u03af\u03bf\u03c5", "\u03b1\u03c5\u03b3\u03bf\u03cd\u03c3\u03c4\u03bf\u03c5", "\u03c3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5", "\u03bf\u03ba\u03c4\u03c9\u03b2\u03c1\u03af\u03bf\u03c5", "\u03bd\u03bf\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5", "\u03b4\u03b5\u03ba\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5", "\u03b9\u03b1\u03bd\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf\u03c2", "\u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03ac\u03c1\u03b9\u03bf\u03c2", "\u03bc\u03ac\u03c1\u03c4\u03b9\u03bf\u03c2", "\u03b1\u03c0\u03c1\u03af\u03bb\u03b9\u03bf\u03c2", "\u03bc\u03ac\u03b9\u03bf\u03c2", "\u03b9\u03bf\u03cd\u03bd\u03b9\u03bf\u03c2", "\u03b9\u03bf\u03cd\u03bb\u03b9\u03bf\u03c2", "\u03b1\u03cd\u03b3\u03bf\u03c5\u03c3\u03c4\u03bf\u03c2", "\u03c3\u03b5\u03c0\u03c4\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2", "\u03bf\u03ba\u03c4\u03ce\u03b2\u03c1\u03b9\u03bf\u03c2", "\u03bd\u03bf\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2", "\u03b4\u03b5\u03ba\u03ad\u03bc\u03b2\u03c1\u03b9\u03bf\u03c2",
      "\u05d9\u05e0\u05d5\u05d0\u05e8", "\u05e4\u05d1\u05e8\u05d5\u05d0\u05e8", "\u05de\u05e8\u05e5", "\u05de\u05e8\u05e1", "\u05d0\u05e4\u05e8\u05d9\u05dc", "\u05de\u05d0\u05d9", "\u05d9\u05d5\u05e0\u05d9", "\u05d9\u05d5\u05dc\u05d9", "\u05d0\u05d5\u05d2\u05d5\u05e1\u05d8", "\u05e1\u05e4\u05d8\u05de\u05d1\u05e8", "\u05d0\u05d5\u05e7\u05d8\u05d5\u05d1\u05e8", "\u05e0\u05d5\u05d1\u05de\u05d1\u05e8", "\u05d3\u05e6\u05de\u05d1\u05e8",
      // The other scripts of India and Sri Lanka: Telugu, Malayalam, Kannada, Gujarati, Punjabi
      // (Gurmukhi), Odia and Sinhala ("12 ఏప్రిల్ 2024", "12 ഏപ്രിൽ 2024", "12 ਅਪ੍ਰੈਲ 2024").
      "\u0c1c\u0c28\u0c35\u0c30\u0c3f", "\u0c2b\u0c3f\u0c2c\u0c4d\u0c30\u0c35\u0c30\u0c3f", "\u0c2e\u0c3e\u0c30\u0c4d\u0c1a\u0c3f", "\u0c0f\u0c2a\u0c4d\u0c30\u0c3f\u0c32\u0c4d", "\u0c2e\u0c47", "\u0c1c\u0c42\u0c28\u0c4d", "\u0c1c\u0c42\u0c32\u0c48", "\u0c06\u0c17\u0c38\u0c4d\u0c1f\u0c41", "\u0c38\u0c46\u0c2a\u0c4d\u0c1f\u0c46\u0c02\u0c2c\u0c30\u0c4d", "\u0c05\u0c15\u0c4d\u0c1f\u0c4b\u0c2c\u0c30\u0c4d", "\u0c28\u0c35\u0c02\u0c2c\u0c30\u0c4d", "\u0c21\u0c3f\u0c38\u0c46\u0c02\u0c2c\u0c30\u0c4d",
      "\u0d1c\u0d28\u0d41\u0d35\u0d30\u0d3f", "\u0d2b\u0d46\u0d2c\u0d4d\u0d30\u0d41\u0d35\u0d30\u0d3f", "\u0d2e\u0d3e\u0d7c\u0d1a\u0d4d\u0d1a\u0d4d", "\u0d0f\u0d2a\u0d4d\u0d30\u0d3f\u0d7d", "\u0d2e\u0d47\u0d2f\u0d4d", "\u0d1c\u0d42\u0d7a", "\u0d1c\u0d42\u0d32\u0d48", "\u0d13\u0d17\u0d38\u0d4d\u0d31\u0d4d\u0d31\u0d4d", "\u0d38\u0d46\u0d2a\u0d4d\u0d31\u0d4d\u0d31\u0d02\u0d2c\u0d7c", "\u0d12\u0d15\u0d4d\u0d1f\u0d4b\u0d2c\u0d7c", "\u0d28\u0d35\u0d02\u0d2c\u0d7c", "\u0d21\u0d3f\u0d38\u0d02\u0d2c\u0d7c",
      "\u0c9c\u0ca8\u0cb5\u0cb0\u0cbf", "\u0cab\u0cc6\u0cac\u0ccd\u0cb0\u0cb5\u0cb0\u0cbf", "\u0cae\u0cbe\u0cb0\u0ccd\u0c9a\u0ccd", "\u0c8f\u0caa\u0ccd\u0cb0\u0cbf\u0cb2\u0ccd", "\u0cae\u0cc7", "\u0c9c\u0cc2\u0ca8\u0ccd", "\u0c9c\u0cc1\u0cb2\u0cc8", "\u0c86\u0c97\u0cb8\u0ccd\u0c9f\u0ccd", "\u0cb8\u0cc6\u0caa\u0ccd\u0c9f\u0cc6\u0c82\u0cac\u0cb0\u0ccd", "\u0c85\u0c95\u0ccd\u0c9f\u0ccb\u0cac\u0cb0\u0ccd", "\u0ca8\u0cb5\u0cc6\u0c82\u0cac\u0cb0\u0ccd", "\u0ca1\u0cbf\u0cb8\u0cc6\u0c82\u0cac\u0cb0\u0ccd",
      "\u0a9c\u0abe\u0aa8\u0acd\u0aaf\u0ac1\u0a86\u0ab0\u0ac0", "\u0aab\u0ac7\u0aac\u0acd\u0ab0\u0ac1\u0a86\u0ab0\u0ac0", "\u0aae\u0abe\u0ab0\u0acd\u0a9a", "\u0a8f\u0aaa\u0acd\u0ab0\u0abf\u0ab2", "\u0aae\u0ac7", "\u0a9c\u0ac2\u0aa8", "\u0a9c\u0ac1\u0ab2\u0abe\u0a88", "\u0a93\u0a97\u0ab8\u0acd\u0a9f", "\u0ab8\u0aaa\u0acd\u0a9f\u0ac7\u0aae\u0acd\u0aac\u0ab0", "\u0a91\u0a95\u0acd\u0a9f\u0acb\u0aac\u0ab0", "\u0a93\u0a95\u0acd\u0a9f\u0acb\u0aac\u0ab0", "\u0aa8\u0ab5\u0ac7\u0aae\u0acd\u0aac\u0ab0", "\u0aa1\u0abf\u0ab8\u0ac7\u0aae\u0acd\u0aac\u0ab0",
      "\u0a1c\u0a28\u0a35\u0a30\u0a40", "\u0a2b\u0a3c\u0a30\u0a35\u0a30\u0a40", "\u0a2b\u0a30\u0a35\u0a30\u0a40", "\u0a2e\u0a3e\u0a30\u0a1a", "\u0a05\u0a2a\u0a4d\u0a30\u0a48\u0a32", "\u0a2e\u0a08", "\u0a1c\u0a42\u0a28", "\u0a1c\u0a41\u0a32\u0a3e\u0a08", "\u0a05\u0a17\u0a38\u0a24", "\u0a38\u0a24\u0a70\u0a2c\u0a30", "\u0a05\u0a15\u0a24\u0a42\u0a2c\u0a30", "\u0a28\u0a35\u0a70\u0a2c\u0a30", "\u0a26\u0a38\u0a70\u0a2c\u0a30",
      "\u0b1c\u0b3e\u0b28\u0b41\u0b06\u0b30\u0b40", "\u0b2b\u0b47\u0b2c\u0b43\u0b06\u0b30\u0b40", "\u0b2e\u0b3e\u0b30\u0b4d\u0b1a\u0b4d\u0b1a", "\u0b05\u0b2a\u0b4d\u0b30\u0b47\u0b32", "\u0b05\u0b2a\u0b4d\u0b30\u0b3f\u0b32", "\u0b2e\u0b07", "\u0b1c\u0b41\u0b28", "\u0b1c\u0b41\u0b32\u0b3e\u0b07", "\u0b05\u0b17\u0b37\u0b4d\u0b1f", "\u0b38\u0b47\u0b2a\u0b4d\u0b1f\u0b47\u0b2e\u0b4d\u0b2c\u0b30", "\u0b05\u0b15\u0b4d\u0b1f\u0b4b\u0b2c\u0b30", "\u0b28\u0b2d\u0b47\u0b2e\u0b4d\u0b2c\u0b30", "\u0b21\u0b3f\u0b38\u0b47\u0b2e\u0b4d\u0b2c\u0b30",
      "\u0da2\u0db1\u0dc0\u0dcf\u0dbb\u0dd2", "\u0db4\u0dd9\u0db6\u0dbb\u0dc0\u0dcf\u0dbb\u0dd2", "\u0db8\u0dcf\u0dbb\u0dca\u0dad\u0dd4", "\u0d85\u0db4\u0dca\u200d\u0dbb\u0dda\u0dbd\u0dca", "\u0d85\u0db4\u0dca\u0dbb\u0dda\u0dbd\u0dca", "\u0db8\u0dd0\u0dba\u0dd2", "\u0da2\u0dd6\u0db1\u0dd2", "\u0da2\u0dd6\u0dbd\u0dd2", "\u0d85\u0d9c\u0ddd\u0dc3\u0dca\u0dad\u0dd4", "\u0dc3\u0dd0\u0db4\u0dca\u0dad\u0dd0\u0db8\u0dca\u0db6\u0dbb\u0dca", "\u0d94\u0d9a\u0dca\u0dad\u0ddd\u0db6\u0dbb\u0dca", "\u0db1\u0ddc\u0dc0\u0dd0\u0db8\u0dca\u0db6\u0dbb\u0dca", "\u0daf\u0dd9\u0dc3\u0dd0\u0db8\u0dca\u0db6\u0dbb\u0dca",
      // Dhivehi of the Maldives ("5 މާރިޗު 2024")
      "\u0796\u07ac\u0782\u07aa\u0787\u07a6\u0783\u07a9",
      "\u078a\u07ac\u0784\u07b0\u0783\u07aa\u0787\u07a6\u0783\u07a9", "\u0789\u07a7\u0783\u07a8\u0797\u07aa",
      "\u0787\u07ad\u0795\u07b0\u0783\u07a9\u078d\u07aa", "\u0789\u07ad", "\u0796\u07ab\u0782\u07b0",
      "\u0796\u07aa\u078d\u07a6\u0787\u07a8", "\u0787\u07af\u078e\u07a6\u0790\u07b0\u0793\u07aa",
      "\u0790\u07ac\u0795\u07b0\u0793\u07ac\u0789\u07b0\u0784\u07a6\u0783\u07aa",
      "\u0787\u07ae\u0786\u07b0\u0793\u07af\u0784\u07a6\u0783\u07aa",
      "\u0782\u07ae\u0788\u07ac\u0789\u07b0\u0784\u07a6\u0783\u07aa",
      "\u0791\u07a8\u0790\u07ac\u0789\u07b0\u0784\u07a6\u0783\u07aa"};
  static constexpr std::string_view kHijri[] = {
      "\u0645\u062d\u0631\u0645", "\u0635\u0641\u0631", "\u0631\u062c\u0628", "\u0634\u0639\u0628\u0627\u0646",
      "\u0631\u0645\u0636\u0627\u0646", "\u0634\u0648\u0627\u0644"};
  // The months of the Bengali calendar ("৩ ফাল্গুন ১৪৩১").
  static constexpr std::string_view kBangla[] = {
      "\u09ac\u09c8\u09b6\u09be\u0996", "\u099c\u09cd\u09af\u09c8\u09b7\u09cd\u09a0", "\u0986\u09b7\u09be\u09a2\u09bc", "\u09b6\u09cd\u09b0\u09be\u09ac\u09a3", "\u09ad\u09be\u09a6\u09cd\u09b0", "\u0986\u09b6\u09cd\u09ac\u09bf\u09a8", "\u0995\u09be\u09b0\u09cd\u09a4\u09bf\u0995", "\u0985\u0997\u09cd\u09b0\u09b9\u09be\u09af\u09bc\u09a3", "\u09aa\u09cc\u09b7", "\u09ae\u09be\u0998", "\u09ab\u09be\u09b2\u09cd\u0997\u09c1\u09a8", "\u099a\u09c8\u09a4\u09cd\u09b0",
  };
  if (listHas(std::span<const std::string_view>(kGregorian), w)) return Calendar::Gregorian;
  if (listHas(std::span<const std::string_view>(kHijri), w)) return Calendar::Hijri;
  if (listHas(std::span<const std::string_view>(kBangla), w)) return Calendar::Bangla;
  // The months of the Hebrew calendar, as Israeli records give a birth or a death beside the
  // Gregorian day ("15 בחשוון 5784", "3 אדר ב' 5784" read to the month), seed 3636.
  static constexpr std::string_view kHebrew[] = {
      "\u05ea\u05e9\u05e8\u05d9", "\u05d7\u05e9\u05d5\u05d5\u05df", "\u05d7\u05e9\u05d5\u05df",
      "\u05de\u05e8\u05d7\u05e9\u05d5\u05d5\u05df", "\u05db\u05e1\u05dc\u05d5", "\u05d8\u05d1\u05ea",
      "\u05e9\u05d1\u05d8", "\u05d0\u05d3\u05e8", "\u05e0\u05d9\u05e1\u05df", "\u05d0\u05d9\u05d9\u05e8",
      "\u05e1\u05d9\u05d5\u05d5\u05df", "\u05e1\u05d9\u05d5\u05df", "\u05ea\u05de\u05d5\u05d6",
      "\u05d0\u05d1", "\u05d0\u05dc\u05d5\u05dc"};
  if (listHas(std::span<const std::string_view>(kHebrew), w)) return Calendar::Hebrew;
  // A Greek month capitalised ("Απριλίου"): its first letter lowered (Α..Ρ U+0391-03A1 -> α..ρ,
  // Σ..Ω U+03A3-03A9 -> σ..ω).
  const auto b0 = static_cast<unsigned char>(w[0]);
  const auto b1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) : 0;
  if (b0 == 0xCE && b1 >= 0x91 && b1 <= 0xA9 && b1 != 0xA2) {
    std::string lowered(w);
    if (b1 <= 0x9F) {
      lowered[1] = static_cast<char>(b1 + 0x20);
    } else {
      lowered[0] = static_cast<char>(0xCF);
      lowered[1] = static_cast<char>(b1 - 0x20);
    }
    return listHas(std::span<const std::string_view>(kGregorian), lowered) ? Calendar::Gregorian : Calendar::None;
  }
  // Hebrew glues the preposition ב (in) to the month: "3 במרץ 2025".
  if (b0 == 0xD7 && b1 == 0x91 && w.size() > 4) {
    if (listHas(std::span<const std::string_view>(kHebrew), w.substr(2))) return Calendar::Hebrew;
    return listHas(std::span<const std::string_view>(kGregorian), w.substr(2)) ? Calendar::Gregorian : Calendar::None;
  }
  return Calendar::None;
}

// A month of two words: the Syriac "كانون الثاني", "تشرين الأول", the Kurdish "کانوونی دووەم",
// the Hijri "ربيع الأول", "ذو الحجة".
Calendar twoWordMonth(std::string_view first, std::string_view second) {
  if (second.size() > 2 && second.substr(second.size() - 2) == "\u060c") second.remove_suffix(2);
  static constexpr std::string_view kOrdinals[] = {
      "\u0627\u0644\u0623\u0648\u0644", "\u0627\u0644\u0627\u0648\u0644", "\u0627\u0644\u062b\u0627\u0646\u064a",
      "\u0623\u0648\u0644", "\u0627\u0648\u0644", "\u062b\u0627\u0646\u064a"};
  if ((first == "\u0643\u0627\u0646\u0648\u0646" || first == "\u062a\u0634\u0631\u064a\u0646") &&
      listHas(std::span<const std::string_view>(kOrdinals), second)) {
    return Calendar::Gregorian;
  }
  // Kurdish: "کانوونی" / "تشرینی" with "یەکەم" (first) or "دووەم" (second).
  if ((first == "\u06a9\u0627\u0646\u0648\u0648\u0646\u06cc" || first == "\u062a\u0634\u0631\u06cc\u0646\u06cc") &&
      (second == "\u06cc\u06d5\u06a9\u06d5\u0645" || second == "\u062f\u0648\u0648\u06d5\u0645")) {
    return Calendar::Gregorian;
  }
  static constexpr std::string_view kHijriSecond[] = {
      "\u0627\u0644\u0623\u0648\u0644", "\u0627\u0644\u0627\u0648\u0644", "\u0627\u0644\u0622\u062e\u0631",
      "\u0627\u0644\u0627\u062e\u0631", "\u0627\u0644\u062b\u0627\u0646\u064a", "\u0627\u0644\u0623\u0648\u0644\u0649",
      "\u0627\u0644\u0627\u0648\u0644\u0649", "\u0627\u0644\u0622\u062e\u0631\u0629", "\u0627\u0644\u0627\u062e\u0631\u0629",
      "\u0627\u0644\u062b\u0627\u0646\u064a\u0629", "\u0627\u0644\u0642\u0639\u062f\u0629", "\u0627\u0644\u062d\u062c\u0629"};
  if ((first == "\u0631\u0628\u064a\u0639" || first == "\u062c\u0645\u0627\u062f\u0649" ||
       first == "\u062c\u0645\u0627\u062f\u064a" || first == "\u0630\u0648" || first == "\u0630\u064a") &&
      listHas(std::span<const std::string_view>(kHijriSecond), second)) {
    return Calendar::Hijri;
  }
  return Calendar::None;
}

// The number spelled by a word of digits in one script, after a glued prefix if any; -1 else.
int numberOf(std::string_view w, std::size_t maxDigits, std::size_t& digits, std::string_view prefix = {}) {
  if (!prefix.empty()) stripPrefix(w, prefix);
  return scriptNumber(w, maxDigits, digits);
}

// The year at token y for `calendar`: its digits, glued to the Arabic era marks "م" (CE) or "هـ"
// (AH), or the Khmer "ឆ្នាំ" (year) before them. Returns the byte the date ends at, or 0.
std::size_t yearEnd(const ScanInput& in, std::size_t y, Calendar calendar, bool hijriCue = false) {
  std::string_view w = in.tokens[y].lower;
  stripPrefix(w, "\u1786\u17d2\u1793\u17b6\u17c6");
  bool hijriMark = false;
  std::size_t end = in.tokens[y].end;
  auto dropSuffix = [&](std::string_view suffix) {
    if (w.size() > suffix.size() && w.substr(w.size() - suffix.size()) == suffix) {
      w.remove_suffix(suffix.size());
      end -= suffix.size();
      return true;
    }
    return false;
  };
  if (dropSuffix("\u0647\u0640") || dropSuffix("\u0647")) {
    hijriMark = true;
  } else {
    dropSuffix("\u0645");
  }
  std::size_t digits = 0;
  const int year = scriptNumber(w, 4, digits);
  if (digits != 4) return 0;
  if (calendar == Calendar::Hijri) {
    // The mark may stand apart: "1445 هـ".
    if (!hijriMark && y + 1 < in.tokens.size() && gapBetween(in, y, y + 1) == " ") {
      const std::string_view next = in.tokens[y + 1].lower;
      hijriMark = next == "\u0647\u0640" || next == "\u0647";
    }
    // Without the mark, a word of dating before the day must say so: "تاريخ الميلاد 3 رمضان 1446"
    // (hijriDateCue; a batch's "الدفعة 12 رمضان 1445" stays out).
    return year >= 1300 && year <= 1499 && (hijriMark || hijriCue) ? end : 0;
  }
  if (calendar == Calendar::Bangla) return year >= 1350 && year <= 1460 ? end : 0;
  if (calendar == Calendar::Hebrew) return year >= 5600 && year <= 5899 ? end : 0;
  // Khmer, Lao and Burmese may count from the Buddhist era (2567 = 2024).
  return (year >= 1900 && year <= 2099) || (year >= 2443 && year <= 2642) ? end : 0;
}

// A word of dating in the two words before the day at token d: "تاريخ" (date), "بتاريخ" (dated),
// "الموافق" (corresponding to), "يوم" (day), "في" (on), "الميلاد"/"ميلاد" (birth), "مواليد" (born),
// "الوفاة" (death).
bool hijriDateCue(const ScanInput& in, std::size_t d) {
  static constexpr std::string_view kCues[] = {
      "\u062a\u0627\u0631\u064a\u062e", "\u0628\u062a\u0627\u0631\u064a\u062e",
      "\u0627\u0644\u062a\u0627\u0631\u064a\u062e", "\u0627\u0644\u0645\u0648\u0627\u0641\u0642",
      "\u064a\u0648\u0645", "\u0641\u064a", "\u0627\u0644\u0645\u064a\u0644\u0627\u062f",
      "\u0645\u064a\u0644\u0627\u062f", "\u0645\u0648\u0627\u0644\u064a\u062f",
      "\u0627\u0644\u0648\u0641\u0627\u0629"};
  for (std::size_t back = 1; back <= 2 && back <= d; ++back) {
    std::string_view w = in.tokens[d - back].lower;
    if (w.ends_with(":")) w.remove_suffix(1);
    if (listHas(std::span<const std::string_view>(kCues), w)) return true;
  }
  return false;
}

// (The Arabic comma and the Burmese section mark are letters to the tokenizer and glue to the
// month; oneWordMonth strips the comma.)
bool dateGapOk(std::string_view gap) { return gap == " " || gap == ", "; }

// A numeric date in the digits of another script: "٥/٣/٢٠٢٤", "٢٠٢٤-٠٣-٠٥", "၅.၃.၂၀၂၄" (ASCII
// ones are scanNumericDates'), and a Hijri one with its mark after the year, glued or apart
// ("١٥/٠٨/١٣٤٥هـ", "١٤٤٥/٠٩/٠٥ هـ" — the mark itself stays outside). From token i; returns the
// end byte, or 0.
std::size_t scriptNumericDateEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 2 >= tokens.size() || tokens[i].hasDigit) return 0;
  const std::string_view sep = gapBetween(in, i, i + 1);
  if ((sep != "/" && sep != "-" && sep != ".") || gapBetween(in, i + 1, i + 2) != sep) return 0;
  std::string_view last = tokens[i + 2].lower;
  std::size_t end = tokens[i + 2].end;
  bool hijriMark = false;
  for (std::string_view mark : {std::string_view("\u0647\u0640"), std::string_view("\u0647")}) {
    if (!hijriMark && last.size() > mark.size() && last.ends_with(mark)) {
      last.remove_suffix(mark.size());
      end -= mark.size();
      hijriMark = true;
    }
  }
  std::size_t d0 = 0, d1 = 0, d2 = 0;
  const int a = scriptNumber(tokens[i].lower, 4, d0);
  const int b = scriptNumber(tokens[i + 1].lower, 2, d1);
  const int c = scriptNumber(last, 4, d2);
  if (a < 0 || b < 1 || c < 0 || b > 12) return 0;
  if (!hijriMark && end == tokens[i + 2].end && i + 3 < tokens.size() && gapBetween(in, i + 2, i + 3) == " ") {
    hijriMark = tokens[i + 3].lower == "\u0647\u0640" || tokens[i + 3].lower == "\u0647";
  }
  // Thai, Lao, Khmer and Burmese count from the Buddhist era ("๑๕/๐๓/๒๕๖๘"); Iran's and
  // Afghanistan's Persian digits write the Solar Hijri year first ("۱۴۰۳/۱۲/۱۳").
  const bool persian = static_cast<unsigned char>(tokens[i].lower[0]) == 0xDB;
  auto yearOk = [&](int year) {
    return (year >= 1900 && year <= 2099) || (year >= 2443 && year <= 2642) ||
           ((hijriMark || persian) && year >= 1300 && year <= 1499);
  };
  const bool yearFirst = d0 == 4 && yearOk(a) && d2 <= 2 && c >= 1 && c <= 31;
  const bool dayFirst = d0 <= 2 && a >= 1 && a <= 31 && d2 == 4 && yearOk(c);
  if (!yearFirst && !dayFirst) return 0;
  // Not part of a longer run: "٥/٣/٢٠٢٤/٧".
  if (end + 1 < in.text.size() && (in.text[end] == '/' || in.text[end] == '-' || in.text[end] == '.')) {
    int v = 0;
    if (scriptDigitAt(in.text, end + 1, v) > 0) return 0;
  }
  return end;
}

// Myanmar's official order, the year first: "၂၀၂၄ ခုနှစ် မတ်လ ၅ ရက်" (year "ခုနှစ်", month, day
// "ရက်"), the section mark "၊" glued after the year's word or not. From the year at token i;
// returns the end byte (the day's number), or 0.
std::size_t burmeseYearFirstEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 3 >= tokens.size()) return 0;
  std::size_t digits = 0;
  const int year = scriptNumber(tokens[i].lower, 4, digits);
  if (digits != 4 || !((year >= 1900 && year <= 2099) || (year >= 2443 && year <= 2642))) return 0;
  std::string_view word = tokens[i + 1].lower;
  if (word.ends_with("\u104a")) word.remove_suffix(3);
  if (word != "\u1001\u102f\u1014\u103e\u1005\u103a" || gapBetween(in, i, i + 1) != " " ||
      gapBetween(in, i + 1, i + 2) != " " || gapBetween(in, i + 2, i + 3) != " " ||
      oneWordMonth(tokens[i + 2].lower) != Calendar::Gregorian) {
    return 0;
  }
  // The day, "ရက်" glued after it or apart.
  std::string_view day = tokens[i + 3].lower;
  std::size_t end = tokens[i + 3].end;
  if (day.size() > 9 && day.ends_with("\u101b\u1000\u103a")) {
    day.remove_suffix(9);
    end -= 9;
  }
  const int d = scriptNumber(day, 2, digits);
  return d >= 1 && d <= 31 ? end : 0;
}

// The month first, as Ethiopian and Eritrean letters write it: "መጋቢት 5 ቀን 2016 ዓ.ም." (the month,
// the day, "ቀን" (day), the year, the era's mark left outside), "ጥቅምት 12, 2016". From the month at
// token i (Ge'ez letters, U+1200-137F); returns the end byte, or 0.
std::size_t geezMonthFirstEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  const std::string_view w = tokens[i].lower;
  if (w.size() < 6 || static_cast<unsigned char>(w[0]) != 0xE1 || static_cast<unsigned char>(w[1]) < 0x88 ||
      static_cast<unsigned char>(w[1]) > 0x8D || i + 2 >= tokens.size() || gapBetween(in, i, i + 1) != " " ||
      oneWordMonth(w) != Calendar::Gregorian) {
    return 0;
  }
  std::size_t digits = 0;
  const int day = scriptNumber(tokens[i + 1].lower, 2, digits);
  if (day < 1 || day > 31) return 0;
  std::size_t y = i + 2;
  if (tokens[y].lower == "\u1240\u1295" && gapBetween(in, i + 1, y) == " " && y + 1 < tokens.size()) ++y;
  if (!dateGapOk(gapBetween(in, y - 1, y))) return 0;
  return yearEnd(in, y, Calendar::Gregorian);
}

// The year first, then the month's name and the day, as Nepal's Bikram Sambat dates and Bengali
// ones are often written: "२०८१ फागुन १९ गते", "১৪৩১ ফাল্গুন ৩". From the year at token i; returns
// the end byte (the day's number, "गते" (day) left outside), or 0.
std::size_t yearFirstMonthEnd(const ScanInput& in, std::size_t i) {
  const auto& tokens = in.tokens;
  if (i + 2 >= tokens.size() || gapBetween(in, i, i + 1) != " " || gapBetween(in, i + 1, i + 2) != " ") return 0;
  const Calendar calendar = oneWordMonth(tokens[i + 1].lower);
  if (calendar == Calendar::None || yearEnd(in, i, calendar) != tokens[i].end) return 0;
  std::size_t digits = 0;
  const int day = scriptNumber(tokens[i + 2].lower, 2, digits);
  if (day < 1 || day > 32) return 0;
  const std::size_t end = tokens[i + 2].end;
  return end < in.text.size() && (in.text[end] == '/' || in.text[end] == '.' || in.text[end] == '-') ? 0 : end;
}

// The token after a month that opens its year, past the Thai era's mark: "15 มีนาคม พ.ศ. 2568"
// (Buddhist era) or "ค.ศ." (common era).
std::size_t yearAfterEraMark(const ScanInput& in, std::size_t lastMonth) {
  const std::string_view text = in.text;
  const std::size_t at = in.tokens[lastMonth].end + 1;
  for (std::string_view mark : {std::string_view("\u0e1e.\u0e28."), std::string_view("\u0e04.\u0e28.")}) {
    if (text.substr(at - 1, 1) != " " || text.substr(at, mark.size()) != mark) continue;
    std::size_t k = at + mark.size();
    if (k < text.size() && text[k] == ' ') ++k;
    for (std::size_t y = lastMonth + 1; y < in.tokens.size() && in.tokens[y].start <= k; ++y) {
      if (in.tokens[y].start == k) return y;
    }
  }
  return lastMonth + 1;
}

// Hebrew typed on a keyboard joins its prepositions to a number by a hyphen: "ב-3 במרץ 2021" (on the 3rd
// of March), "מ-12 בינואר" (from), "עד ה-5" (until the); seed 3636. The preposition stands alone
// before the hyphen: a line's start or a space before it.
bool hebrewPrepositionBefore(std::string_view text, std::size_t start) {
  for (std::string_view joined : {std::string_view("\u05d1-"), std::string_view("\u05de-"), std::string_view("\u05d4-"),
                                  std::string_view("\u05dc-")}) {
    const std::string_view before = text.substr(0, start);
    if (!before.ends_with(joined)) continue;
    const std::size_t at = start - joined.size();
    return at == 0 || text[at - 1] == ' ' || text[at - 1] == '\n' || text[at - 1] == '(';
  }
  return false;
}

}  // namespace

void scanWorldScriptDates(const ScanInput& in, Candidates& out) {
  const auto& tokens = in.tokens;
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const Token& t = tokens[i];
    // Only ASCII digits or a word starting with another script's digit (lead byte 0xD9 or above,
    // the Khmer "ថ្ងៃទី" too) can open these dates; Latin, Cyrillic and Arabic words are left at once.
    if (t.hasLetter ? static_cast<unsigned char>(t.lower[0]) < 0xD9 : !t.allDigits) continue;
    // ASCII digits open one only before a word of another script (the month, "ខែ", "ခုနှစ်").
    if (t.allDigits && static_cast<unsigned char>(tokens[i + 1].lower[0]) < 0x80) continue;
    if (joinedBefore(in.text, t.start, {Joins::kNothing, "/.-"}) && !hebrewPrepositionBefore(in.text, t.start)) continue;
    if (const std::size_t end = burmeseYearFirstEnd(in, i); end > 0) {
      out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
      i += 3;
      continue;
    }
    if (const std::size_t end = scriptNumericDateEnd(in, i); end > 0) {
      out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
      i += 2;
      continue;
    }
    if (const std::size_t end = yearFirstMonthEnd(in, i); end > 0) {
      out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
      i += 2;
      continue;
    }
    if (const std::size_t end = geezMonthFirstEnd(in, i); end > 0) {
      out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
      while (i + 1 < n && tokens[i + 1].start < end) ++i;
      continue;
    }
    // A day in Thai digits before a month's abbreviation: "๓ มี.ค. ๒๕๖๘".
    if (static_cast<unsigned char>(t.lower[0]) == 0xE0 && static_cast<unsigned char>(t.lower[1]) == 0xB9) {
      if (const std::size_t end = thaiAbbreviatedDateEnd(in, i); end > 0) {
        out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
        while (i + 1 < n && tokens[i + 1].start < end) ++i;
        continue;
      }
    }
    // The day, the Khmer "ថ្ងៃទី" (day number) glued before it or apart.
    std::size_t d = i;
    if (t.lower == "\u1790\u17d2\u1784\u17c3\u1791\u17b8" && gapBetween(in, i, i + 1) == " ") ++d;
    std::size_t digits = 0;
    const int day = numberOf(tokens[d].lower, 2, digits, "\u1790\u17d2\u1784\u17c3\u1791\u17b8");
    if (day < 1 || day > 31 || d + 2 >= n || gapBetween(in, d, d + 1) != " ") continue;
    // The month: "ខែ" apart before it, one word or two.
    std::size_t m = d + 1;
    if (tokens[m].lower == "\u1781\u17c2" && m + 2 < n && gapBetween(in, m, m + 1) == " ") ++m;
    if (static_cast<unsigned char>(tokens[m].lower[0]) < 0x80) continue;
    Calendar calendar = oneWordMonth(tokens[m].lower);
    std::size_t lastMonth = m;
    if (calendar == Calendar::None && m + 2 < n && gapBetween(in, m, m + 1) == " ") {
      calendar = twoWordMonth(tokens[m].lower, tokens[m + 1].lower);
      lastMonth = m + 1;
    }
    if (calendar == Calendar::None || lastMonth + 1 >= n) continue;
    // The year, "ឆ្នាំ" (year) apart before it, or "سنة"/"عام" (year), or the Thai era's mark.
    std::size_t y = yearAfterEraMark(in, lastMonth);
    if (y == lastMonth + 1 && !dateGapOk(gapBetween(in, lastMonth, lastMonth + 1))) continue;
    if ((tokens[y].lower == "\u1786\u17d2\u1793\u17b6\u17c6" || tokens[y].lower == "\u0633\u0646\u0629" ||
         tokens[y].lower == "\u0639\u0627\u0645") &&
        y + 1 < n && gapBetween(in, y, y + 1) == " ") {
      ++y;
    }
    const std::size_t end = yearEnd(in, y, calendar, calendar == Calendar::Hijri && hijriDateCue(in, d));
    if (end == 0) continue;
    out.push_back({t.start, end, PhiCategory::Date, priority::kDate});
    i = y;
  }
}

}  // namespace concord::phi::detail
