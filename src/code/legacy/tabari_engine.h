// TabariEngine: TABARI 0.8's coding of one sentence (or validation record) against a
// TABARI dictionary. The parse and coding steps are ported function by function from
// TABARI (parser.cp, coder.cp) because its validation suite documents behaviour at that
// level of detail: which word a pronoun picks, when a comma clause is dropped, which of
// two equally long patterns wins. CodeSentence is const and keeps all working state on
// the stack, so one engine serves many threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "code/legacy/tabari_dictionary.h"
#include "code/legacy/tabari_options.h"

namespace faultline::tabari {

struct TabariEvent {
  std::string date;     // YYMMDD (or YYYYMMDD), shifted when a time phrase applies
  std::string source;   // composite actor+agent code, e.g. "ARNGOV"
  std::string target;   // "***" when there is none
  std::string code;     // CAMEO/WEIS event code as written in the dictionary
  std::string pattern;  // FILE:LINE of the matched pattern or verb
  // Byte spans into the coded text of the source, target and verb words (empty when the
  // actor is a default code or was forwarded from the previous sentence).
  uint32_t source_begin = 0, source_end = 0;
  uint32_t target_begin = 0, target_end = 0;
  uint32_t verb_begin = 0, verb_end = 0;
};

// An actor phrase the dictionary recognised, with its agent when one is attached.
struct TabariActor {
  uint32_t begin = 0, end = 0;  // bytes in the coded text
  std::string code;             // composite code, e.g. "ARNGOV"
  std::string phrase;           // the dictionary phrase, e.g. "ARNOR"
};

struct TabariResult {
  bool problem = false;      // no events: see `problem_text`
  std::string problem_text;  // TABARI's wording: "No events found in text", ...
  std::vector<TabariEvent> events;
  std::vector<TabariActor> actors;  // filled whenever the sentence parsed
};

// What the next sentence may inherit when FORWARD is on: the previous parse.
struct SentenceMemory;
struct ForwardMemory {
  ForwardMemory();
  ~ForwardMemory();
  ForwardMemory(ForwardMemory&&) noexcept;
  ForwardMemory& operator=(ForwardMemory&&) noexcept;
  std::unique_ptr<SentenceMemory> last;
};

struct RecordContext {
  long julian = 0;           // record date, days since 1904-01-01
  std::string date;          // as written in the record
  bool can_forward = false;  // FORWARD on and this sentence follows the previous one
};

class TabariEngine {
 public:
  explicit TabariEngine(const Dictionary* dict) : dict_(dict) {}
  // `memory` (optional) carries the previous parse for pronoun forwarding and receives
  // this one.
  TabariResult CodeSentence(std::string_view text, const RecordContext& ctx,
                            const TabariOptions& options, ForwardMemory* memory = nullptr) const;
  const Dictionary& dictionary() const { return *dict_; }

 private:
  const Dictionary* dict_;
};

}  // namespace faultline::tabari
