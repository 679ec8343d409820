#include "segment/tagger.h"

#include <algorithm>
#include <deque>
#include <string>
#include <vector>

#include "segment/closed_class.h"
#include "util/flat_map.h"

// Literal comparisons as string_view: the length is checked before any byte.
using namespace std::string_view_literals;

namespace faultline {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool IsDigitToken(const std::string& n) {
  if (n.empty()) return false;
  bool digit = false;
  for (char c : n) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != ',' && c != '.' && c != ':' && c != '%') {
      return false;
    }
  }
  return digit;
}

bool IsWordToken(const std::string& n) {
  unsigned char c = n.empty() ? 0 : static_cast<unsigned char>(n[0]);
  return c >= 0x80 || (c >= 'a' && c <= 'z');
}

// Open-class readings of a word with their priors.
struct Readings {
  std::string verb, noun, adj;  // lemmas; empty when not a reading
  uint32_t verb_w = 0, noun_w = 0, adj_w = 0, adv_w = 0;
  bool past = false, gerund = false, third = false;
};

Readings AnalyseUncached(const std::string& w, const Lexicon& lex);

// Everything the tagger asks about a word form that does not depend on its context:
// closed class, number, and (computed on first need) its open-class readings.
struct WordInfo {
  std::string key;
  Pos closed = Pos::kUnknown;
  std::string_view closed_lemma;  // static storage of the closed-class table
  bool number = false;            // digits or a spelled-out number
  bool word = false;              // starts with a letter (or any non-ASCII character)
  bool analysed = false;
  Readings readings;
};

// Morphological analysis is the tagger's main cost and words repeat a lot, so each thread
// keeps what it has found per word form, in a flat table (one hash, one probe, one entry
// per token). Bounded: the cache is dropped when it grows too large. Entries stay valid for
// one sentence: the cache is only trimmed between sentences, and entries never move.
class WordCache {
 public:
  static constexpr size_t kMaxEntries = 200000;

  void Trim(const Lexicon& lex) {
    if (owner_ != &lex || entries_.size() > kMaxEntries) {
      entries_.clear();
      std::fill(slots_.begin(), slots_.end(), 0);
      owner_ = &lex;
    }
  }

  WordInfo& Get(const std::string& w) {
    if (slots_.empty()) slots_.assign(kSlots, 0);
    const uint64_t h = HashBytes(w);
    const uint32_t tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & (kSlots - 1);; i = (i + 1) & (kSlots - 1)) {
      const uint64_t s = slots_[i];
      if (s == 0) {
        slots_[i] = (static_cast<uint64_t>(tag) << 32) | (entries_.size() + 1);
        return Fill(entries_.emplace_back(), w);
      }
      if (static_cast<uint32_t>(s >> 32) == tag) {
        WordInfo& e = entries_[static_cast<uint32_t>(s) - 1];
        if (e.key == w) return e;
      }
    }
  }

 private:
  // Power of two, above kMaxEntries plus one sentence (150 tokens) at a load under 0.4.
  static constexpr size_t kSlots = size_t{1} << 19;

  static WordInfo& Fill(WordInfo& e, const std::string& w) {
    e.key = w;
    e.closed = ClosedClass(w);
    if (e.closed != Pos::kUnknown) e.closed_lemma = ClosedLemma(w);
    e.number = IsDigitToken(w) || IsNumberWord(w);
    e.word = IsWordToken(w);
    return e;
  }

  std::vector<uint64_t> slots_;  // (hash >> 32) << 32 | entry index + 1; 0 = empty
  std::deque<WordInfo> entries_;
  const Lexicon* owner_ = nullptr;
};

thread_local WordCache word_cache;

const Readings& Analysed(WordInfo& info, const Lexicon& lex) {
  if (!info.analysed) {
    info.readings = AnalyseUncached(info.key, lex);
    info.analysed = true;
  }
  return info.readings;
}

Readings AnalyseUncached(const std::string& w, const Lexicon& lex) {
  Readings r;
  r.verb = lex.VerbLemma(w);
  r.noun = lex.NounLemma(w);
  r.adj = lex.AdjLemma(w);
  if (const LexEntry* e = r.verb.empty() ? nullptr : lex.Find(r.verb)) r.verb_w = e->verb;
  if (const LexEntry* e = r.noun.empty() ? nullptr : lex.Find(r.noun)) r.noun_w = e->noun;
  if (const LexEntry* e = r.adj.empty() ? nullptr : lex.Find(r.adj)) r.adj_w = e->adj;
  if (const LexEntry* e = lex.Find(w)) r.adv_w = e->adv;
  if (!r.verb.empty() && r.verb != w) {
    r.gerund = EndsWith(w, "ing");
    r.third = !r.gerund && EndsWith(w, "s");
    r.past = !r.gerund && !r.third;
  }
  // A plural noun reading of an "-s" form whose verb reading is the 3rd person:
  // "forces", "attacks". Both stay; context decides.
  return r;
}

}  // namespace

bool IsAllCapitals(std::string_view text, const Token& t) {
  bool letter = false;
  for (uint32_t k = t.span.begin; k < t.span.end && k < text.size(); ++k) {
    char c = text[k];
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

void TagSentence(std::vector<Token>& toks, uint32_t begin, uint32_t end, const Lexicon& lex,
                 std::string_view text) {
  static const Readings kNone;
  WordCache& cache = word_cache;
  cache.Trim(lex);
  thread_local std::vector<const Readings*> readings;
  readings.assign(end - begin, &kNone);
  // Pass 1: closed classes, numbers, punctuation, proper nouns, and the lexicon's favourite.
  for (uint32_t i = begin; i < end; ++i) {
    Token& t = toks[i];
    t.verb_gerund = t.verb_past_participle = false;
    const std::string& w = t.norm;
    WordInfo& info = cache.Get(w);
    const Pos closed = info.closed;
    const std::string& prev = i == begin ? w : toks[i - 1].norm;
    const bool first =
        i == begin || (prev.size() == 1 && (prev[0] == '"' || prev[0] == ':' || prev[0] == '('));
    if (info.number) {
      t.pos = Pos::kNum;
      t.lemma = w;
      continue;
    }
    // "US", "IT", "WHO" written in capitals inside a sentence are names, not pronouns.
    // Only a closed-class word can be such an acronym: the text is read for those alone.
    if (closed != Pos::kUnknown && !(!first && w.size() >= 2 && IsAllCapitals(text, t)) &&
        !(t.capitalised && !first && closed != Pos::kPunct && w.size() > 2 && i > begin &&
          toks[i - 1].capitalised)) {
      t.pos = closed;
      t.lemma.assign(info.closed_lemma);
      if (closed == Pos::kAux) {
        t.verb_past_participle = w == "been"sv || w == "done"sv || w == "had"sv;
        t.verb_gerund = w == "being"sv || w == "having"sv || w == "doing"sv;
      }
      continue;
    }
    if (!info.word) {
      t.pos = Pos::kPunct;
      t.lemma = w;
      continue;
    }
    readings[i - begin] = &Analysed(info, lex);
    const Readings& r = *readings[i - begin];
    const bool known = r.verb_w || r.noun_w || r.adj_w || r.adv_w;
    if (t.capitalised && (!first || !known)) {
      t.pos = Pos::kProperNoun;
      t.lemma = w;
      continue;
    }
    if (!known) {
      // Unknown lower-case word: guess from its suffix.
      if (EndsWith(w, "ly")) {
        t.pos = Pos::kAdv;
      } else if (EndsWith(w, "ed") || EndsWith(w, "ing")) {
        t.pos = Pos::kVerb;
        t.verb_past_participle = EndsWith(w, "ed");
        t.verb_gerund = EndsWith(w, "ing");
      } else {
        t.pos = Pos::kNoun;
      }
      t.lemma = w;
      continue;
    }
    uint32_t best = r.noun_w;
    t.pos = Pos::kNoun;
    if (r.verb_w > best) {
      best = r.verb_w;
      t.pos = Pos::kVerb;
    }
    if (r.adj_w > best) {
      best = r.adj_w;
      t.pos = Pos::kAdj;
    }
    if (r.adv_w > best) t.pos = Pos::kAdv;
  }
  // Pass 2: context. Left to right, with one token of look-ahead.
  for (uint32_t i = begin; i < end; ++i) {
    Token& t = toks[i];
    const Readings& r = *readings[i - begin];
    const bool open = !r.verb.empty() || !r.noun.empty() || !r.adj.empty();
    if (open && t.pos != Pos::kProperNoun) {
      const Pos prev = i > begin ? toks[i - 1].pos : Pos::kPunct;
      const bool prev_of = i > begin && toks[i - 1].norm == "of"sv;
      const Pos next = i + 1 < end ? toks[i + 1].pos : Pos::kPunct;
      const bool can_verb = !r.verb.empty();
      const bool can_noun = !r.noun.empty();
      const bool can_adj = !r.adj.empty();
      Pos choice = t.pos;
      if (can_verb && (prev == Pos::kModal || prev == Pos::kTo ||
                       (prev == Pos::kNeg && i >= begin + 2 &&
                        (toks[i - 2].pos == Pos::kAux || toks[i - 2].pos == Pos::kModal)) ||
                       (prev == Pos::kAdv && i >= begin + 2 &&
                        (toks[i - 2].pos == Pos::kModal || toks[i - 2].pos == Pos::kTo)))) {
        choice = Pos::kVerb;
      } else if (can_verb && prev == Pos::kAux && (r.past || r.gerund)) {
        choice = Pos::kVerb;  // "was attacked", "are killing", "had fled"
      } else if (can_verb && prev == Pos::kAdv && (r.past || r.gerund) && i >= begin + 2 &&
                 toks[i - 2].pos == Pos::kAux) {
        choice = Pos::kVerb;  // "had already been displaced"
      } else if (prev == Pos::kAdj && can_verb && (r.past || r.third) &&
                 r.verb_w > 4 * std::max(r.noun_w, r.adj_w) && i > begin &&
                 !readings[i - 1 - begin]->noun.empty()) {
        // "an official said": the "adjective" was the subject noun.
        choice = Pos::kVerb;
        toks[i - 1].pos = Pos::kNoun;
        toks[i - 1].lemma = readings[i - 1 - begin]->noun;
      } else if (prev == Pos::kDet || prev == Pos::kPossessive || prev == Pos::kAdj ||
                 prev == Pos::kNum) {
        // "the attack", "Russia's attack": a noun, or an adjective before a noun.
        if (can_adj && !r.adj.empty() &&
            (next == Pos::kNoun || next == Pos::kProperNoun || next == Pos::kAdj) &&
            r.adj_w * 2 >= r.noun_w) {
          choice = Pos::kAdj;
        } else if (can_noun) {
          choice = Pos::kNoun;
        } else if (can_adj) {
          choice = Pos::kAdj;
        } else if (r.gerund || r.past) {
          choice = Pos::kAdj;  // "the growing risk", "a renewed effort"
        }
      } else if (can_verb && prev == Pos::kPron) {
        choice = Pos::kVerb;  // "they attacked", "he tweeted"
      } else if (can_verb &&
                 (prev == Pos::kProperNoun || prev == Pos::kNoun || prev == Pos::kPron ||
                  prev == Pos::kWh) &&
                 (r.past || r.third || (!can_noun && !can_adj))) {
        // "Turkey says", "forces launched", "the group that controls". A following verb means
        // this word was a noun: "government forces launched"; so does a noun reading far
        // more frequent than the verb's: "US troops from".
        const bool next_is_verbal = next == Pos::kVerb || next == Pos::kAux || next == Pos::kModal;
        const bool mostly_noun = r.third && can_noun && r.noun_w > 4 * r.verb_w;
        if (!(next_is_verbal && can_noun && r.third) && !mostly_noun) {
          choice = Pos::kVerb;
        } else {
          choice = Pos::kNoun;
        }
      } else if (can_verb && r.verb == t.norm && prev == Pos::kNoun && i > begin &&
                 toks[i - 1].lemma != toks[i - 1].norm &&
                 (next == Pos::kDet || next == Pos::kProperNoun || next == Pos::kNum ||
                  (next == Pos::kPron && i + 1 < end && toks[i + 1].norm != "it"sv))) {
        choice = Pos::kVerb;  // "Rebels attack the town": base form after a plural subject
      } else if (can_verb && prev == Pos::kPrep && r.gerund) {
        choice = Pos::kVerb;  // "accused of killing", "for leaving"
      } else if (can_verb &&
                 (prev == Pos::kPunct || prev == Pos::kConj || prev == Pos::kAdv ||
                  prev == Pos::kSubord) &&
                 (r.past || r.third) &&
                 (next == Pos::kDet || next == Pos::kPron || next == Pos::kNum ||
                  next == Pos::kProperNoun || next == Pos::kPrep)) {
        choice = Pos::kVerb;  // "... and killed three", ", said the ministry"
      } else if (t.pos == Pos::kVerb && (prev == Pos::kPrep || prev_of) && !r.gerund && can_noun) {
        choice = Pos::kNoun;
      }
      t.pos = choice;
    }
    // Lemma and verb-form flags for the final choice.
    switch (t.pos) {
      case Pos::kVerb:
        t.lemma = r.verb.empty() ? t.norm : r.verb;
        if (!r.verb.empty()) {
          t.verb_gerund = r.gerund;
          t.verb_past_participle = r.past;
        }
        break;
      case Pos::kNoun:
        t.lemma = r.noun.empty() ? t.norm : r.noun;
        break;
      case Pos::kAdj:
        t.lemma = r.adj.empty() ? t.norm : r.adj;
        if (r.past || r.gerund) {
          // Keep the verb lemma reachable for noun-phrase internal participles.
          t.verb_past_participle = r.past;
          t.verb_gerund = r.gerund;
        }
        break;
      default:
        if (t.lemma.empty()) t.lemma = t.norm;
        break;
    }
  }
  // Hyphenated compounds: "rebel-held", "al-Qaeda-linked" are adjectives, not verbs.
  for (uint32_t i = begin + 2; i < end; ++i) {
    if (toks[i - 1].norm == "-"sv && !toks[i - 1].space_before && !toks[i].space_before &&
        toks[i].pos == Pos::kVerb) {
      toks[i].pos = Pos::kAdj;
    }
  }
}

void Tag(Document& doc, const Lexicon& lexicon) {
  for (const Sentence& s : doc.sentences) {
    TagSentence(doc.tokens, s.token_begin, s.token_end, lexicon, doc.text);
  }
}

}  // namespace faultline
