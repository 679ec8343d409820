// Speakers of quotations: the noun phrase next to a cue ("a Syrian relief group said",
// "said Caddell", "he tweeted") and who it refers to. Coreference is deliberately simple:
// a surname or "Mr Trump" is the earlier full name ending in it ("Donald Trump"); "he" and
// "she" are the nearest named person before them (a speaker already quoted first, else a
// person the actor recogniser found, else a two-word proper name); actor codes come from
// doc.actors when the actor recogniser ran.
#pragma once

#include <string>
#include <vector>

#include "faultline/document.h"

namespace faultline {

struct SpeakerMention {
  uint32_t begin = 0;  // tokens [begin, end)
  uint32_t end = 0;
  bool pronoun = false;
  // "The UN agency for Palestinian refugees": the phrase's head ends before the "for" (the
  // speaker is the agency, not the refugees); 0 when the head runs to `end`.
  uint32_t head_end = 0;
};

// The speaker noun phrase ending just before token `end`, not reaching before `floor`.
bool SpeakerBefore(const std::vector<Token>& toks, uint32_t floor, uint32_t end,
                   SpeakerMention* out);
// The speaker noun phrase starting at token `begin`, not reaching `limit`.
bool SpeakerAfter(const std::vector<Token>& toks, uint32_t begin, uint32_t limit,
                  SpeakerMention* out);

// "Phil Lovas, the state's campaign chairman, said": the speaker before an apposition or
// participle clause that the comma at token `comma` closes.
bool SpeakerBeforeApposition(const std::vector<Token>& toks, uint32_t sb, uint32_t comma,
                             SpeakerMention* out);

class SpeakerResolver {
 public:
  explicit SpeakerResolver(const Document& doc) : doc_(doc) {}
  // Fills the speaker fields of `q` from the mention; remembers named speakers so that
  // later pronouns can refer to them.
  void Resolve(const SpeakerMention& m, Quote* q);

 private:
  struct Named {
    uint32_t token;
    std::string name, code;
  };
  // Proper-name run inside [begin, end) without titles: "Mr Trump" -> "Trump".
  bool NameRun(uint32_t begin, uint32_t end, uint32_t* rb, uint32_t* re) const;
  // The earlier full name ending in the same word as the one-word name at `tok`.
  bool FullName(uint32_t tok, uint32_t* rb, uint32_t* re) const;
  // The nearest person named before token `tok`, for "he" and "she".
  bool PersonBefore(uint32_t tok, uint32_t* rb, uint32_t* re) const;
  const ActorMention* ActorAt(uint32_t begin, uint32_t end) const;
  std::string RunText(uint32_t rb, uint32_t re) const;

  const Document& doc_;
  std::vector<Named> named_;  // named speakers so far, in text order
  // The last words of names of two words or more ("Trump" of "Donald Trump") among tokens
  // [1, name_ends_scanned_), in text order: the only tokens FullName can match. Extended
  // as it is asked about later tokens.
  mutable std::vector<uint32_t> name_ends_;
  mutable uint32_t name_ends_scanned_ = 1;
};

}  // namespace faultline
