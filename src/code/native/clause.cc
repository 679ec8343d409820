#include "code/native/clause.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

// Literal comparisons as string_view: the length is checked before any byte.
using namespace std::string_view_literals;

namespace faultline {
namespace {

bool IsBe(const Token& t) { return t.lemma == "be"sv || t.norm == "get"sv || t.norm == "got"sv || t.norm == "gets"sv; }

bool ClauseBoundary(const Token& t) {
  if (t.pos == Pos::kSubord || t.pos == Pos::kWh) return true;
  return t.norm == ";"sv || t.norm == ":"sv || t.norm == "\""sv || t.norm == "("sv || t.norm == ")"sv;
}

bool IsPersonEntry(const ActorMention& m) {
  for (const std::string& e : m.entries) {
    if (e.rfind("leaders:", 0) == 0 || e.rfind("people:", 0) == 0 || e.rfind("persons:", 0) == 0) {
      return true;
    }
  }
  return false;
}

// Country and place names (the country files), as opposed to organisations and agents.
bool IsPlaceEntry(const ActorMention& m) {
  return !m.entries.empty() && m.entries.front().rfind("countries:", 0) == 0;
}

bool IsLocative(const Token& t) {
  static const char* kPreps[] = {"in", "near", "at", "across", "outside", "inside", "around",
                                 "throughout", "within", "along", "from", "over"};
  for (const char* p : kPreps) {
    if (t.norm == p) return true;
  }
  return false;
}

}  // namespace

bool IsSpeechVerb(const std::string& l) {
  static const auto* kVerbs = new std::unordered_set<std::string_view>{"say", "tell", "announce", "claim", "report", "state", "add", "write",
                                 "tweet", "insist", "allege", "argue", "confirm", "note", "stress",
                                 "declare", "explain", "believe", "suggest", "think", "warn",
                                 "acknowledge", "admit", "assert", "contend", "maintain", "reveal",
                                 "recall", "predict", "estimate", "post", "indicate", "testify",
                                 "emphasise", "emphasize", "reiterate", "repeat", "respond", "reply",
                                 "deny", "accuse", "charge", "complain", "concede", "disclose"};
  return kVerbs->count(l) > 0;
}

bool IsPlainReportingVerb(const std::string& l) {
  static const auto* kVerbs = new std::unordered_set<std::string_view>{"say", "tell", "report", "state", "add", "write", "tweet", "note",
                                 "announce", "post", "indicate", "explain", "stress", "reiterate",
                                 "repeat", "respond", "reply", "declare", "confirm", "disclose",
                                 "reveal", "emphasise", "emphasize", "recall", "testify"};
  return kVerbs->count(l) > 0;
}

ClauseView::ClauseView(const Document& doc)
    : doc_(doc), actor_at_(doc.tokens.size(), -1), in_quote_(doc.tokens.size(), false) {
  for (size_t a = 0; a < doc.actors.size(); ++a) {
    const ActorMention& m = doc.actors[a];
    for (uint32_t i = m.token_begin; i < m.token_end && i < actor_at_.size(); ++i) {
      actor_at_[i] = static_cast<int>(a);
    }
  }
  if (!doc.quotes.empty()) {
    for (const Quote& q : doc.quotes) {
      if (!q.direct) continue;
      // Tokens are in text order: find the first at or after the quote, walk to its end.
      auto first = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), q.span.begin,
                                    [](const Token& t, uint32_t b) { return t.span.begin < b; });
      for (auto it = first; it != doc.tokens.end() && it->span.begin < q.span.end; ++it) {
        if (q.span.Contains(it->span)) in_quote_[static_cast<size_t>(it - doc.tokens.begin())] = true;
      }
    }
    return;
  }
  // Without a quote layer: toggle on double quote marks, reset at paragraph ends unless
  // the next paragraph opens with a quote (news style for quotes running on).
  bool open = false;
  uint32_t paragraph = 0;
  for (const Sentence& s : doc.sentences) {
    if (s.paragraph != paragraph) {
      paragraph = s.paragraph;
      open = false;
    }
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      if (doc.tokens[i].norm == "\""sv) {
        open = !open;
        continue;
      }
      in_quote_[i] = open;
    }
  }
}

bool ClauseView::FiniteVerbAt(uint32_t i) const {
  const Token& t = doc_.tokens[i];
  return t.pos == Pos::kVerb && actor_at_[i] < 0 && !t.verb_gerund;
}

VerbGroup ClauseView::Group(uint32_t head, uint32_t sentence_begin) const {
  const auto& toks = doc_.tokens;
  VerbGroup g;
  g.head = head;
  g.begin = head;
  bool has_be = false, has_aux = false;
  for (uint32_t j = head; j > sentence_begin;) {
    --j;
    const Token& t = toks[j];
    if (t.pos == Pos::kAux || t.pos == Pos::kModal || t.pos == Pos::kNeg || t.pos == Pos::kAdv ||
        t.pos == Pos::kTo) {
      g.begin = j;
      if (t.pos == Pos::kNeg) g.negated = true;
      if (t.pos == Pos::kAux) {
        has_aux = true;
        if (IsBe(t)) has_be = true;
      }
      if (t.pos == Pos::kTo) {
        g.infinitive = true;
        // "is to host", "is going to impose", "is about to sign": a future, not a complement.
        uint32_t k = j;
        if (k > sentence_begin && (toks[k - 1].norm == "going"sv || toks[k - 1].norm == "about"sv)) --k;
        if (k > sentence_begin && toks[k - 1].pos == Pos::kAux && toks[k - 1].lemma == "be"sv) {
          g.infinitive = false;
          g.modality = Modality::kFuture;
          g.begin = k - 1;
        }
        break;
      }
      if (t.pos == Pos::kModal) {
        const std::string& l = t.lemma;
        if (l == "will"sv || l == "shall"sv) {
          g.modality = Modality::kFuture;
        } else if (g.modality == Modality::kAsserted) {
          g.modality = Modality::kHypothetical;
        }
      }
      continue;
    }
    if (t.norm == "going"sv && j + 1 < head && toks[j + 1].pos == Pos::kTo) {
      g.modality = Modality::kFuture;
      g.begin = j;
      continue;
    }
    break;
  }
  const Token& h = toks[head];
  g.passive = has_be && h.verb_past_participle && h.pos == Pos::kVerb;
  g.gerund = h.verb_gerund && !has_aux;
  // "to" right before a gerund is a preposition ("on their way to killing").
  if (g.infinitive && h.verb_gerund) g.infinitive = false;
  return g;
}

uint32_t ClauseView::ClauseStart(uint32_t from, uint32_t sentence_begin) const {
  for (uint32_t j = from; j > sentence_begin;) {
    --j;
    if (actor_at_[j] >= 0) continue;
    const Token& t = doc_.tokens[j];
    if (ClauseBoundary(t)) return j + 1;
    if (FiniteVerbAt(j) && !(t.verb_past_participle && j + 1 < from && doc_.tokens[j + 1].norm == "by"sv)) {
      return j + 1;
    }
  }
  return sentence_begin;
}

uint32_t ClauseView::ClauseEnd(uint32_t from, uint32_t sentence_end) const {
  for (uint32_t j = from; j < sentence_end; ++j) {
    if (actor_at_[j] >= 0) continue;
    const Token& t = doc_.tokens[j];
    if (ClauseBoundary(t)) return j;
    if (FiniteVerbAt(j) && !t.verb_past_participle) return j;
  }
  return sentence_end;
}

std::vector<int> ClauseView::PhraseActors(uint32_t begin, uint32_t end) const {
  std::vector<int> out;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(actor_at_.size()));
  uint32_t i = begin;
  while (i < end && actor_at_[i] < 0) ++i;
  if (i >= end) return out;
  int a = actor_at_[i];
  out.push_back(a);
  // Coordination: ", B", "and B", ", and B", "or B".
  uint32_t j = doc_.actors[a].token_end;
  while (j < end) {
    uint32_t k = j;
    bool joined = false;
    while (k < end && (doc_.tokens[k].norm == ","sv || doc_.tokens[k].pos == Pos::kConj ||
                       doc_.tokens[k].pos == Pos::kDet)) {
      if (doc_.tokens[k].norm != ","sv || k + 1 < end) joined = true;
      ++k;
    }
    if (!joined || k >= end || actor_at_[k] < 0 || k == j) break;
    int b = actor_at_[k];
    if (std::find(out.begin(), out.end(), b) == out.end()) out.push_back(b);
    j = doc_.actors[b].token_end;
  }
  return out;
}

std::vector<int> ClauseView::Subject(const VerbGroup& g, uint32_t sentence_begin) const {
  const auto& toks = doc_.tokens;
  uint32_t k = g.begin;
  // Relative clause: "militants who attacked", "the province, which is dominated".
  if (k > sentence_begin && (toks[k - 1].pos == Pos::kWh || toks[k - 1].norm == "that"sv)) {
    uint32_t j = k - 1;
    if (j > sentence_begin && toks[j - 1].norm == ","sv) --j;
    if (j > sentence_begin && actor_at_[j - 1] >= 0) {
      int a = actor_at_[j - 1];
      // The whole coordinated phrase ending here.
      uint32_t start = doc_.actors[a].token_begin;
      return PhraseActors(start, j);
    }
    if (toks[k - 1].pos == Pos::kWh) return {};
  }
  const uint32_t start = ClauseStart(g.begin, sentence_begin);
  for (uint32_t i = start; i < g.begin; ++i) {
    int a = actor_at_[i];
    if (a < 0) {
      const Token& t = toks[i];
      if (t.pos == Pos::kPron && (t.norm == "he"sv || t.norm == "she"sv || t.norm == "they"sv ||
                                  t.norm == "we"sv || t.norm == "it"sv)) {
        // A pronoun subject is the nearest noun phrase to the verb: use it only when no
        // actor phrase lies between it and the verb.
        bool later_actor = false;
        for (uint32_t j = i + 1; j < g.begin; ++j) later_actor |= actor_at_[j] >= 0;
        if (!later_actor) {
          int r = ResolvePronoun(i);
          if (r >= 0) return {r};
        }
      }
      continue;
    }
    // Skip actors inside prepositional phrases: "In Syria, rebels attacked".
    uint32_t m = doc_.actors[a].token_begin;
    while (m > start && (toks[m - 1].pos == Pos::kDet || toks[m - 1].pos == Pos::kAdj ||
                         toks[m - 1].pos == Pos::kNum)) {
      --m;
    }
    // "Dozens of Palestinian protesters", "two of the soldiers": a quantity's "of" does not
    // make a prepositional phrase.
    const bool quantity_of = m > start + 1 && toks[m - 1].norm == "of"sv &&
                             (toks[m - 2].pos == Pos::kNum || toks[m - 2].pos == Pos::kDet ||
                              toks[m - 2].norm == "members"sv || toks[m - 2].norm == "group"sv);
    const bool in_pp = !quantity_of && m > start &&
                       (toks[m - 1].pos == Pos::kPrep || toks[m - 1].pos == Pos::kTo);
    const bool possessor = doc_.actors[a].token_end < g.begin &&
                           toks[doc_.actors[a].token_end].pos == Pos::kPossessive;
    if (in_pp || possessor) {
      i = doc_.actors[a].token_end - 1;
      continue;
    }
    return PhraseActors(doc_.actors[a].token_begin, g.begin);
  }
  return {};
}

std::vector<int> ClauseView::Agent(const VerbGroup& g, uint32_t clause_end) const {
  for (uint32_t i = g.head + 1; i + 1 < clause_end; ++i) {
    if (doc_.tokens[i].norm == "by"sv) {
      // "by Israeli soldiers", "by members of the Basij militia": the first actor of the
      // phrase, over modifiers and one "of".
      for (uint32_t j = i + 1; j < clause_end && j < i + 7; ++j) {
        if (actor_at_[j] >= 0) return PhraseActors(j, clause_end);
        const Token& t = doc_.tokens[j];
        const bool modifier = t.pos == Pos::kDet || t.pos == Pos::kAdj || t.pos == Pos::kNum ||
                              t.pos == Pos::kNoun || t.norm == "of"sv;
        if (!modifier) break;
      }
      return {};
    }
  }
  return {};
}

std::vector<int> ClauseView::Object(uint32_t from, uint32_t clause_end) const {
  for (uint32_t i = from; i < clause_end; ++i) {
    const int a = actor_at_[i];
    if (a < 0) continue;
    // "killed four soldiers in Balochistan": a place named after a locative preposition
    // says where, not to whom.
    if (IsPlaceEntry(doc_.actors[a]) && i > from && IsLocative(doc_.tokens[i - 1])) {
      i = doc_.actors[a].token_end - 1;
      continue;
    }
    return PhraseActors(i, clause_end);
  }
  return {};
}

int ClauseView::ResolvePronoun(uint32_t i) const {
  const std::string& p = doc_.tokens[i].norm;
  const bool person = p == "he"sv || p == "she"sv || p == "him"sv || p == "her"sv;
  int best = -1;
  for (size_t a = 0; a < doc_.actors.size(); ++a) {
    const ActorMention& m = doc_.actors[a];
    if (m.token_end > i) break;
    if (person && !IsPersonEntry(m)) continue;
    if (!person && IsPersonEntry(m)) continue;
    if (m.country_adjective) continue;
    best = static_cast<int>(a);
  }
  return best;
}

}  // namespace faultline
