#include "ingest/language.h"

#include <cld2/public/compact_lang_det.h>

namespace faultline {

std::string NonEnglishReason(std::string_view text) {
  // A few kilobytes decide the language; CLD2's cost grows with the input.
  const int n = static_cast<int>(std::min<size_t>(text.size(), 16384));
  bool reliable = false;
  CLD2::Language lang[3];
  int percent[3];
  int text_bytes = 0;
  CLD2::Language top = CLD2::ExtDetectLanguageSummary(text.data(), n, /*is_plain_text=*/true,
                                                       lang, percent, &text_bytes, &reliable);
  if (!reliable || top == CLD2::ENGLISH || top == CLD2::UNKNOWN_LANGUAGE) return "";
  // An English report quoting a paragraph in another language is still English.
  for (int i = 0; i < 3; ++i) {
    if (lang[i] == CLD2::ENGLISH && percent[i] >= 30) return "";
  }
  std::string name = CLD2::LanguageName(top);
  if (!name.empty()) {
    name = name.substr(0, 1) + [&] {
      std::string rest = name.substr(1);
      for (char& c : rest) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      return rest;
    }();
  }
  return "skipped: language is " + name + " (" + CLD2::LanguageCode(top) + "), not English";
}

}  // namespace faultline
