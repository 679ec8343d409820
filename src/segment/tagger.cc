#include "segment/tagger.h"

#include <algorithm>
#include <string>
#include <unordered_map>

#include "segment/closed_class.h"

namespace faultline {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
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

// Morphological analysis is the tagger's main cost and words repeat a lot, so each thread
// keeps the analyses it has made. Bounded: the cache is dropped when it grows too large.
// Entries stay valid for one sentence: the cache is only trimmed between sentences.
thread_local std::unordered_map<std::string, Readings> analysis_cache;
thread_local const Lexicon* analysis_cache_owner = nullptr;

void TrimAnalysisCache(const Lexicon& lex) {
  if (analysis_cache_owner != &lex || analysis_cache.size() > 200000) {
    analysis_cache.clear();
    analysis_cache_owner = &lex;
  }
}

const Readings& Analyse(const std::string& w, const Lexicon& lex) {
  auto& cache = analysis_cache;
  auto it = cache.find(w);
  if (it != cache.end()) return it->second;
  return cache.emplace(w, AnalyseUncached(w, lex)).first->second;
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
  TrimAnalysisCache(lex);
  std::vector<const Readings*> readings(end - begin, &kNone);
  // Pass 1: closed classes, numbers, punctuation, proper nouns, and the lexicon's favourite.
  for (uint32_t i = begin; i < end; ++i) {
    Token& t = toks[i];
    t.verb_gerund = t.verb_past_participle = false;
    const std::string& w = t.norm;
    Pos closed = ClosedClass(w);
    const bool first = i == begin || toks[i - 1].norm == "\"" || toks[i - 1].norm == ":" ||
                       toks[i - 1].norm == "(";
    if (IsDigitToken(w) || IsNumberWord(w)) {
      t.pos = Pos::kNum;
      t.lemma = w;
      continue;
    }
    // "US", "IT", "WHO" written in capitals inside a sentence are names, not pronouns.
    const bool acronym = !first && w.size() >= 2 && IsAllCapitals(text, t);
    if (closed != Pos::kUnknown && !acronym &&
        !(t.capitalised && !first && closed != Pos::kPunct && w.size() > 2 && i > begin &&
          toks[i - 1].capitalised)) {
      t.pos = closed;
      t.lemma = std::string(ClosedLemma(w));
      if (closed == Pos::kAux) {
        t.verb_past_participle = w == "been" || w == "done" || w == "had";
        t.verb_gerund = w == "being" || w == "having" || w == "doing";
      }
      continue;
    }
    if (!IsWordToken(w)) {
      t.pos = Pos::kPunct;
      t.lemma = w;
      continue;
    }
    readings[i - begin] = &Analyse(w, lex);
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
      const std::string& prev_w = i > begin ? toks[i - 1].norm : std::string();
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
        if (can_adj && !r.adj.empty() && (next == Pos::kNoun || next == Pos::kProperNoun ||
                                          next == Pos::kAdj) && r.adj_w * 2 >= r.noun_w) {
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
      } else if (can_verb && (prev == Pos::kProperNoun || prev == Pos::kNoun || prev == Pos::kPron ||
                              prev == Pos::kWh) &&
                 (r.past || r.third || (!can_noun && !can_adj))) {
        // "Turkey says", "forces launched", "the group that controls". A following verb means
        // this word was a noun: "government forces launched"; so does a noun reading far
        // more frequent than the verb's: "US troops from".
        const bool next_is_verbal = next == Pos::kVerb || next == Pos::kAux || next == Pos::kModal;
        const bool mostly_noun = r.third && can_noun && r.noun_w > 4 * r.verb_w;
        if (!(next_is_verbal && can_noun && r.third) && !mostly_noun) choice = Pos::kVerb;
        else choice = Pos::kNoun;
      } else if (can_verb && r.verb == t.norm && prev == Pos::kNoun && i > begin &&
                 toks[i - 1].lemma != toks[i - 1].norm &&
                 (next == Pos::kDet || next == Pos::kProperNoun || next == Pos::kNum ||
                  (next == Pos::kPron && i + 1 < end && toks[i + 1].norm != "it"))) {
        choice = Pos::kVerb;  // "Rebels attack the town": base form after a plural subject
      } else if (can_verb && prev == Pos::kPrep && r.gerund) {
        choice = Pos::kVerb;  // "accused of killing", "for leaving"
      } else if (can_verb && (prev == Pos::kPunct || prev == Pos::kConj || prev == Pos::kAdv ||
                              prev == Pos::kSubord) &&
                 (r.past || r.third) && (next == Pos::kDet || next == Pos::kPron || next == Pos::kNum ||
                                         next == Pos::kProperNoun || next == Pos::kPrep)) {
        choice = Pos::kVerb;  // "... and killed three", ", said the ministry"
      } else if (t.pos == Pos::kVerb && (prev == Pos::kPrep || prev_w == "of") && !r.gerund &&
                 can_noun) {
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
    if (toks[i - 1].norm == "-" && !toks[i - 1].space_before && !toks[i].space_before &&
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
