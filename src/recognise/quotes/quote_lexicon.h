// Words of reported speech: cue verbs ("said", "told", "tweeted", "according to"), titles
// that precede names ("Mr", "President"), and the media a cue names ("tweet", "statement").
// Tables are built once and only read afterwards.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/word_filter.h"

namespace faultline {

enum CueFlags : uint8_t {
  kQuoteCue = 1,      // introduces direct speech or a clause: "said", "wrote", "told"
  kNeedsThat = 2,     // introduces indirect speech only with "that": "believes", "showed"
  kObjectFirst = 4,   // takes the addressee before the content: "told reporters that"
  kCueGerund = 8,     // a participle clause whose subject is the main clause's: "accusing"
  kAccuseOf = 16,     // the content follows "of": "accusing Russia of killing"
};

// Flags for a folded word form, 0 when it is not a reporting cue.
uint8_t QuoteCueFlags(std::string_view norm);

// Passes every word that has QuoteCueFlags (and a few others): for scans that skip the
// words that cannot be cues with one bit test.
const WordFilter& QuoteCueFilter();
// The length of the shortest word that has QuoteCueFlags.
size_t QuoteCueMinLength();

// "mr", "mr.", "president", "gov.", "sen." ...: words before a name that are not the name.
bool IsTitleWord(std::string_view norm);

// "agency", "office", "committee", "fund" ...: nouns naming a body by what it is for or of
// ("the UN agency for Palestinian refugees", "the office of the governor"), whose object is not
// the speaker.
bool IsInstitutionNoun(std::string_view norm);

// Personal pronouns that can be speakers: he, she, they, it, we, i, who.
bool IsSpeakerPronoun(std::string_view norm);

// "tweet", "tweeted" -> "tweet"; "statement" -> "statement"; "" when not a medium word.
std::string_view MediumOf(std::string_view norm);

}  // namespace faultline
