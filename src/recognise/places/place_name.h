// Place-name normalisation: the keys of the three match tiers.
//
//   ExactKey    the name as written, whitespace collapsed ("Ma'arrat an-Nu'man").
//   FoldName    lower case, no diacritics, no ayn/hamza marks or apostrophes, no periods,
//               hyphens and other separators as single spaces ("maarrat an numan").
//   TranslitKey a loose key for transliteration variants of one name: Arabic articles
//               (al/an/ar/as/ash/at/ad/az/el/ez/...) and generic words ("province", "city")
//               dropped, q->k, ph->f, doubled letters collapsed, every vowel run (with a y or w
//               that follows a vowel) written "a", a final h after a vowel dropped
//               and the words run together ("maratnaman" for "Maarat al-Numan", "Maaret
//               Al-Numan" and "Ma'arrat an-Nu'man"; "DeKalb" and "De Kalb" alike).
//
// The generator and the runtime both use these functions, so a key written into the index and
// a key made from running text agree by construction. Requires valid UTF-8; never throws.
#pragma once

#include <string>
#include <string_view>

namespace faultline::places {

std::string ExactKey(std::string_view name);
std::string FoldName(std::string_view name);
std::string TranslitKey(std::string_view name);
// TranslitKey(name) from FoldName(name), for a caller that has folded the name already.
std::string TranslitKeyOfFolded(std::string_view folded);

// True when every letter of `name` is Latin (with diacritics) or it has no letters; used to keep
// only the alternate names an English text can contain.
bool IsLatinName(std::string_view name);

}  // namespace faultline::places
