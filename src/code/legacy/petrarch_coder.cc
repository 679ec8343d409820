#include "code/legacy/petrarch_coder.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace faultline::petrarch {
namespace {

bool IsBe(const std::string& w) {
  return w == "be" || w == "is" || w == "are" || w == "was" || w == "were" || w == "been" ||
         w == "being" || w == "am";
}

bool IsPersonalPronoun(const std::string& w) {
  return w == "he" || w == "she" || w == "it" || w == "they" || w == "we";
}

bool IsClauseWord(const std::string& w) {
  return w == "that" || w == "whether" || w == "if" || w == "because" || w == "although" ||
         w == "though" || w == "while" || w == "since" || w == "when" || w == "where" ||
         w == "which" || w == "who" || w == "whom" || w == "whose" || w == "unless";
}

bool VerbGroupWord(Pos p) {
  return p == Pos::kAux || p == Pos::kModal || p == Pos::kAdv || p == Pos::kNeg || p == Pos::kTo;
}

// A CAMEO code the validation expects as an event: digits, optionally a letter suffix.
bool IsEventCode(const std::string& c) {
  return c.size() >= 2 && c[0] >= '0' && c[0] <= '9' && c != "---";
}

int32_t DateOf(const std::string& iso) {
  // "YYYY-MM-DD" (or "YYYYMMDD"); 0 when unknown.
  std::string digits;
  for (char c : iso) {
    if (c >= '0' && c <= '9') digits += c;
  }
  if (digits.size() < 8) return 0;
  return std::stoi(digits.substr(0, 8));
}

// "departes" is not a form of "depart": PETRARCH matches lemmas from a parser that
// would not accept it, so an -es ending must follow a sibilant or -o.
bool PlausibleInflection(const std::string& form, const std::string& lemma) {
  if (form.size() == lemma.size() + 2 && form.compare(0, lemma.size(), lemma) == 0 &&
      form.compare(form.size() - 2, 2, "es") == 0 && !lemma.empty()) {
    const char last = lemma.back();
    const bool sibilant = last == 's' || last == 'x' || last == 'z' || last == 'o' ||
                          (lemma.size() >= 2 && (lemma.compare(lemma.size() - 2, 2, "ch") == 0 ||
                                                 lemma.compare(lemma.size() - 2, 2, "sh") == 0));
    return sibilant;
  }
  return true;
}

}  // namespace

struct PetrarchCoder::VerbHit {
  uint32_t word;          // the verb itself
  uint32_t begin, end;    // with the words of a multi-word verb
  const VerbForm* form;
};

struct PetrarchCoder::Clause {
  uint32_t verb = 0, begin = 0, end = 0;
  int subject = -1;  // group
  bool passive = false, negated = false, infinitival = false;
  uint32_t target_end = 0, pattern_end = 0;
};

struct PetrarchCoder::Match {
  int source = -1, target = -1;
  bool target_is_subject = false;
  bool compound = false;
  int score = -1;
  int tokens = 0;  // text words the pattern's words covered
  const VerbPattern* pattern = nullptr;
};

PetrarchCoder::PetrarchCoder(std::shared_ptr<const PetrarchDictionaries> dicts,
                             const Lexicon* lexicon)
    : dicts_(std::move(dicts)), analyser_(*dicts_) {
  const VerbDictionary& verbs = dicts_->verbs;
  for (uint32_t i = 0; i < verbs.forms.size(); ++i) forms_by_word_[verbs.forms[i].word].push_back(i);
  {
    // Pattern words are often plurals ("MEMOS", "TALKS"); their lemma lets them match the
    // lemma of a text word. Without a lexicon, regular plurals are undone by rule.
    const bool lex = lexicon != nullptr && lexicon->loaded();
    auto add = [&](const std::string& w) {
      if (word_lemma_.count(w)) return;
      std::string l;
      if (lex) {
        l = lexicon->NounLemma(w);
        if (l.empty()) l = lexicon->VerbLemma(w);
      } else if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') {
        l = w.compare(w.size() - 3, 3, "ies") == 0 ? w.substr(0, w.size() - 3) + "y"
                                                   : w.substr(0, w.size() - 1);
      }
      if (!l.empty() && l != w) word_lemma_[w] = l;
    };
    for (const VerbBlock& b : verbs.blocks) {
      for (const VerbPattern& p : b.patterns) {
        for (const auto* side : {&p.pre, &p.post}) {
          for (const Slot& s : *side) {
            for (const auto& alt : s.term.alternatives) {
              for (const std::string& w : alt) add(w);
            }
          }
        }
      }
    }
  }
  for (uint32_t i = 0; i < dicts_->discards.entries.size(); ++i) {
    discards_.Add(dicts_->discards.entries[i].words, i);
  }
  discards_.Finish();
  version_ = "petrarch:" + dicts_->files.verbs;
}

Status PetrarchCoder::Create(const PetrarchFiles& files, const Lexicon* lexicon,
                             std::unique_ptr<PetrarchCoder>* coder) {
  auto dicts = std::make_shared<PetrarchDictionaries>();
  FL_RETURN_IF_ERROR(LoadPetrarchDictionaries(files, dicts.get()));
  *coder = std::make_unique<PetrarchCoder>(std::move(dicts), lexicon);
  return Status::Ok();
}

Status PetrarchCoder::Create(const std::string& dir, const Lexicon* lexicon,
                             std::unique_ptr<PetrarchCoder>* coder) {
  PetrarchFiles files;
  FL_RETURN_IF_ERROR(FindPetrarchFiles(dir, &files));
  return Create(files, lexicon, coder);
}

bool PetrarchCoder::WordEq(const SentenceView& v, uint32_t w, const std::string& s) const {
  if (v.norm[w] == s || v.lemma[w] == s) return true;
  auto it = word_lemma_.find(s);
  return it != word_lemma_.end() && it->second == v.lemma[w];
}

bool PetrarchCoder::TermAt(const SentenceView& v, const Term& t, uint32_t w, uint32_t end,
                           uint32_t* len) const {
  if (t.undefined) return false;
  for (const auto& alt : t.alternatives) {
    if (alt.empty() || w + alt.size() > end) continue;
    bool ok = true;
    for (size_t k = 0; k < alt.size() && ok; ++k) ok = WordEq(v, w + static_cast<uint32_t>(k), alt[k]);
    if (ok) {
      *len = static_cast<uint32_t>(alt.size());
      return true;
    }
  }
  return false;
}

std::vector<PetrarchCoder::VerbHit> PetrarchCoder::FindVerbs(const SentenceView& v) const {
  std::vector<VerbHit> hits;
  const uint32_t n = static_cast<uint32_t>(v.size());
  for (uint32_t i = 0; i < n; ++i) {
    if (v.pos[i] != Pos::kVerb) continue;
    if (v.group_of[i] >= 0 && !v.groups[v.group_of[i]].members.empty()) continue;  // in a name
    const VerbForm* best = nullptr;
    uint32_t best_b = i, best_e = i + 1;
    size_t best_len = 0;
    auto consider = [&](const std::string& key, bool by_lemma) {
      auto it = forms_by_word_.find(key);
      if (it == forms_by_word_.end()) return;
      for (uint32_t f : it->second) {
        const VerbForm& form = dicts_->verbs.forms[f];
        if (by_lemma && (form.inflected || !PlausibleInflection(v.norm[i], v.lemma[i]))) continue;
        if (form.before.size() > i || i + 1 + form.after.size() > n) continue;
        bool ok = true;
        for (size_t k = 0; k < form.before.size() && ok; ++k) {
          ok = v.norm[i - form.before.size() + k] == form.before[k];
        }
        for (size_t k = 0; k < form.after.size() && ok; ++k) ok = v.norm[i + 1 + k] == form.after[k];
        if (!ok) continue;
        const size_t len = 1 + form.before.size() + form.after.size();
        if (best == nullptr || len > best_len) {
          best = &form;
          best_len = len;
          best_b = i - static_cast<uint32_t>(form.before.size());
          best_e = i + 1 + static_cast<uint32_t>(form.after.size());
        }
      }
    };
    consider(v.norm[i], false);
    if (v.lemma[i] != v.norm[i]) consider(v.lemma[i], true);
    if (best != nullptr) hits.push_back(VerbHit{i, best_b, best_e, best});
  }
  return hits;
}

bool PetrarchCoder::Discarded(const SentenceView& v, bool story) const {
  for (uint32_t i = 0; i < v.size(); ++i) {
    PhraseIndex::Hit hit;
    if (!discards_.Longest(v.norm, &v.lemma, i, &hit)) continue;
    if (dicts_->discards.entries[hit.entry].story == story) return true;
  }
  return false;
}

// Matches the slots of one {...} noun phrase, [k, stop), in order inside one chunk that
// starts before `end` and ends after `from`.
bool PetrarchCoder::MatchGroupSlots(const SentenceView& v, const std::vector<Slot>& slots,
                                    size_t k, size_t stop, uint32_t from, uint32_t end,
                                    uint32_t* after) const {
  for (const auto& [cb, ce] : v.chunks) {
    if (ce <= from || cb >= end) continue;
    uint32_t q = std::max(cb, from);
    const uint32_t limit = std::min(ce, end);
    bool ok = true;
    for (size_t s = k; s < stop && ok; ++s) {
      ok = false;
      for (uint32_t j = q; j < limit; ++j) {
        uint32_t len = 0;
        if (TermAt(v, slots[s].term, j, limit, &len)) {
          q = j + len;
          ok = true;
          break;
        }
      }
    }
    if (ok) {
      *after = q;
      return true;
    }
  }
  return false;
}

bool PetrarchCoder::MatchSlots(const SentenceView& v, const std::vector<Slot>& slots, size_t k,
                               uint32_t pos, uint32_t end, uint32_t target_end, Match* m) const {
  if (k == slots.size()) return true;
  const Slot& s = slots[k];
  const uint32_t n = static_cast<uint32_t>(v.size());
  // The first actor group that starts at or after `from` (or contains it), before `limit`.
  auto next_actor_group = [&](uint32_t from, uint32_t limit) -> int {
    for (size_t g = 0; g < v.groups.size(); ++g) {
      const Group& gr = v.groups[g];
      if (gr.end <= from || !gr.HasActor()) continue;
      if (gr.begin >= limit) return -1;
      return static_cast<int>(g);
    }
    return -1;
  };
  switch (s.kind) {
    case SlotKind::kCompound:
      return MatchSlots(v, slots, k + 1, pos, end, target_end, m);
    case SlotKind::kSkip: {
      uint32_t q = pos;
      if (q < end) q = v.chunk_of[q] >= 0 ? v.chunks[v.chunk_of[q]].second : q + 1;
      return MatchSlots(v, slots, k + 1, q, end, target_end, m) ||
             MatchSlots(v, slots, k + 1, pos, end, target_end, m);
    }
    case SlotKind::kSource:
    case SlotKind::kTarget: {
      int g = next_actor_group(pos, target_end);
      if (g < 0) return false;
      Match saved = *m;
      (s.kind == SlotKind::kSource ? m->source : m->target) = g;
      if (MatchSlots(v, slots, k + 1, v.groups[g].end, end, target_end, m)) return true;
      *m = saved;
      return false;
    }
    case SlotKind::kWord: {
      if (s.group >= 0) {
        size_t stop = k;
        while (stop < slots.size() && slots[stop].group == s.group && slots[stop].prep == s.prep) ++stop;
        for (uint32_t from = pos; from < end; ++from) {
          uint32_t after = 0;
          if (!MatchGroupSlots(v, slots, k, stop, from, end, &after)) return false;
          if (MatchSlots(v, slots, stop, after, end, target_end, m)) return true;
          // Try a later chunk.
          from = after > from ? after - 1 : from;
        }
        return false;
      }
      for (uint32_t j = pos; j < end; ++j) {
        uint32_t len = 0;
        if (!TermAt(v, s.term, j, end, &len)) continue;
        m->tokens += static_cast<int>(len);
        if (MatchSlots(v, slots, k + 1, j + len, end, target_end, m)) return true;
        m->tokens -= static_cast<int>(len);
      }
      return false;
    }
    case SlotKind::kPrep: {
      size_t stop = k + 1;
      while (stop < slots.size() && slots[stop].prep == s.prep && s.prep >= 0) ++stop;
      for (uint32_t j = pos; j < end; ++j) {
        uint32_t len = 0;
        if (!TermAt(v, s.term, j, end, &len)) continue;
        // The preposition's object: the chunk (or actor group) that follows it.
        const uint32_t ob = j + len;
        uint32_t oe = ob < n ? ob + 1 : ob;
        if (ob < n && v.chunk_of[ob] >= 0) oe = v.chunks[v.chunk_of[ob]].second;
        if (ob < n && v.group_of[ob] >= 0) oe = std::max(oe, v.groups[v.group_of[ob]].end);
        oe = std::min(oe, std::max(end, ob));
        Match saved = *m;
        uint32_t q = ob;
        bool ok = true;
        for (size_t t = k + 1; t < stop && ok;) {
          const Slot& in = slots[t];
          if (in.kind == SlotKind::kSource || in.kind == SlotKind::kTarget) {
            int g = q < n ? v.group_of[q] : -1;
            ok = g >= 0 && v.groups[g].HasActor();
            if (ok) {
              (in.kind == SlotKind::kSource ? m->source : m->target) = g;
              q = v.groups[g].end;
            }
            ++t;
          } else if (in.kind == SlotKind::kSkip) {
            if (q < n && v.chunk_of[q] >= 0 && q < oe) q = v.chunks[v.chunk_of[q]].second;
            ++t;
          } else if (in.kind == SlotKind::kCompound) {
            ++t;
          } else if (in.group >= 0) {
            size_t gstop = t;
            while (gstop < stop && slots[gstop].group == in.group) ++gstop;
            uint32_t after = 0;
            ok = MatchGroupSlots(v, slots, t, gstop, q, oe, &after);
            q = after;
            t = gstop;
          } else {
            ok = false;
            for (uint32_t w = q; w < oe; ++w) {
              uint32_t wl = 0;
              if (TermAt(v, in.term, w, oe, &wl)) {
                m->tokens += static_cast<int>(wl);
                q = w + wl;
                ok = true;
                break;
              }
            }
            ++t;
          }
        }
        if (ok && MatchSlots(v, slots, stop, std::max(q, ob), end, target_end, m)) return true;
        *m = saved;
      }
      return false;
    }
  }
  return false;
}

bool PetrarchCoder::MatchPattern(const SentenceView& v, const VerbPattern& p, const Clause& c,
                                 Match* m) const {
  *m = Match();
  // Pre-verb words belong to the subject phrase.
  std::vector<Slot> pre_words;
  for (const Slot& s : p.pre) {
    if (s.kind == SlotKind::kCompound) {
      if (c.subject < 0) return false;
      int actors = 0;
      for (const Member& mem : v.groups[c.subject].members) actors += !mem.Code().empty();
      if (actors < 2) return false;
      m->compound = true;
    } else if (s.kind == SlotKind::kTarget) {
      m->target_is_subject = true;
    } else if (s.kind == SlotKind::kSource || s.kind == SlotKind::kSkip) {
      // the subject is the source by default; ^ before the verb has nothing to skip
    } else {
      pre_words.push_back(s);
    }
  }
  if (!pre_words.empty()) {
    if (c.subject < 0) return false;
    const Group& g = v.groups[c.subject];
    Match ignore;
    if (!MatchSlots(v, pre_words, 0, g.begin, g.end, g.end, &ignore)) return false;
  }
  if (!MatchSlots(v, p.post, 0, c.end, c.pattern_end, c.target_end, m)) return false;
  // More pattern words first, then more text covered ("austrian gold florin" over
  // "florin"), then compound, source and target slots.
  m->score = p.words * 1000 + m->tokens * 10 + (m->compound ? 2 : 0) + (m->source >= 0) +
             (m->target >= 0) + (m->target_is_subject ? 1 : 0);
  m->pattern = &p;
  return true;
}

void PetrarchCoder::CodeSentence(const SentenceView& v, Document& doc) const {
  const uint32_t n = static_cast<uint32_t>(v.size());
  std::vector<VerbHit> verbs = FindVerbs(v);
  std::vector<int> subject_of(verbs.size(), -1);
  std::vector<uint32_t> dominated_until;  // target ends of verbs that coded events
  std::set<std::tuple<std::string, std::string, std::string>> seen;

  for (size_t vi = 0; vi < verbs.size(); ++vi) {
    const VerbHit& hit = verbs[vi];
    Clause c;
    c.verb = hit.word;
    c.begin = hit.begin;
    c.end = hit.end;
    // The verb group to the left: auxiliaries, adverbs, negation, infinitival "to".
    bool be = false;
    int i = static_cast<int>(c.begin) - 1;
    auto in_group = [&](int k) {
      if (VerbGroupWord(v.pos[k]) || IsBe(v.norm[k])) return true;
      // "was heavily and unjustly criticized"
      return (v.norm[k] == "and" || v.norm[k] == "or") && k > 0 && v.pos[k - 1] == Pos::kAdv &&
             v.pos[k + 1] == Pos::kAdv;
    };
    while (i >= 0 && in_group(i)) {
      if (v.pos[i] == Pos::kNeg) c.negated = true;
      if (v.pos[i] == Pos::kTo) c.infinitival = true;
      if (IsBe(v.norm[i])) be = true;
      if (v.pos[i] == Pos::kTo) {
        --i;
        break;
      }
      --i;
    }
    const Token& vt = v.tok(hit.word);
    c.passive = be && !c.infinitival && !vt.verb_gerund &&
                (vt.verb_past_participle || v.norm[hit.word] != v.lemma[hit.word]);

    // Subject.
    int subject = -1;
    bool adjacent = true;
    if (i >= 0 && (v.norm[i] == "and" || v.norm[i] == "but" || v.norm[i] == "or")) {
      // "... condemned X and promised Y": the previous verb's subject.
      for (size_t pv = vi; pv-- > 0;) {
        if (verbs[pv].end <= static_cast<uint32_t>(i)) {
          subject = subject_of[pv];
          break;
        }
      }
      i = -1;
    }
    while (i >= 0) {
      const std::string& w = v.norm[i];
      if (w == ";" || w == ":") break;
      // A relative clause's subject is its pronoun ("a woman ... who shot at"), which
      // PETRARCH does not resolve: no source.
      if (adjacent && v.pos[i] == Pos::kWh) break;
      if (w == ")") {
        while (i >= 0 && v.norm[i] != "(") --i;
        --i;
        adjacent = false;
        continue;
      }
      const int g = v.group_of[i];
      if (g >= 0) {
        const Group& gr = v.groups[g];
        const bool in_pp = gr.begin > 0 && (v.pos[gr.begin - 1] == Pos::kPrep ||
                                             v.pos[gr.begin - 1] == Pos::kTo);
        if (in_pp) {
          i = static_cast<int>(gr.begin) - 2;
          adjacent = false;
          continue;
        }
        if (gr.HasActor() || (adjacent && !c.infinitival)) {
          subject = gr.HasActor() ? g : -1;
          break;
        }
        i = static_cast<int>(gr.begin) - 1;
        adjacent = false;
        continue;
      }
      if (v.pos[i] == Pos::kPron && IsPersonalPronoun(w)) {
        if (adjacent || c.infinitival) {
          for (size_t pv = vi; pv-- > 0;) {
            if (subject_of[pv] >= 0) {
              subject = subject_of[pv];
              break;
            }
          }
          break;
        }
      }
      adjacent = false;
      --i;
    }
    c.subject = subject;
    subject_of[vi] = subject;

    // Clause ends: where the target search and the pattern stop.
    c.target_end = n;
    for (uint32_t j = c.end; j < n; ++j) {
      const std::string& w = v.norm[j];
      if (w == ";" || w == ":" || (v.pos[j] == Pos::kWh && w != "that")) {
        c.target_end = j;
        break;
      }
      if (w == "and" || w == "but" || w == "or") {
        uint32_t k = j + 1;
        while (k < n && VerbGroupWord(v.pos[k])) ++k;
        // "and promised aid" starts a new verb phrase; "bombing and shelling offensive" not.
        if (k < n && v.pos[k] == Pos::kVerb && !v.tok(k).verb_gerund) {
          c.target_end = j;
          break;
        }
      }
      if (w == ",") {
        uint32_t k = j + 1;
        while (k < n && (v.chunk_of[k] >= 0 || v.pos[k] == Pos::kAdv)) ++k;
        if (k > j + 1 && k < n && (v.pos[k] == Pos::kVerb || v.pos[k] == Pos::kAux || v.pos[k] == Pos::kModal)) {
          c.target_end = j;
          break;
        }
      }
    }
    c.pattern_end = c.target_end;
    for (uint32_t j = c.end; j < c.target_end; ++j) {
      if (IsClauseWord(v.norm[j])) {
        c.pattern_end = j;
        break;
      }
    }

    bool dominated = false;
    for (uint32_t until : dominated_until) dominated = dominated || c.begin < until;
    if (dominated) continue;

    // The most specific matching pattern of the verb's block.
    Match best;
    const VerbBlock& block = dicts_->verbs.blocks[hit.form->block];
    for (const VerbPattern& p : block.patterns) {
      Match m;
      if (MatchPattern(v, p, c, &m) && m.score > best.score) best = m;
    }
    std::string code = best.pattern != nullptr ? best.pattern->code : hit.form->code;
    std::string code2;
    size_t colon = code.find(':');
    if (colon != std::string::npos) {
      code2 = code.substr(colon + 1);
      code = code.substr(0, colon);
    }
    if (c.negated) {
      code = dicts_->ontology.Negate(code);
      code2 = code2.empty() ? "" : dicts_->ontology.Negate(code2);
    }
    if (!IsEventCode(code) && !IsEventCode(code2)) continue;

    // Source and target groups.
    auto first_actor_after = [&](bool stop_at_infinitive, bool want_by) -> int {
      for (uint32_t j = c.end; j < c.target_end; ++j) {
        if (stop_at_infinitive && v.pos[j] == Pos::kTo && j + 1 < n && v.pos[j + 1] == Pos::kVerb) break;
        const int g = v.group_of[j];
        if (g < 0 || g == c.subject || v.groups[g].begin != j || !v.groups[g].HasActor()) continue;
        if (want_by && (j == 0 || v.norm[j - 1] != "by")) continue;
        return g;
      }
      return -1;
    };
    int src = -1, tgt = -1;
    if (c.passive || best.target_is_subject) {
      tgt = c.subject;
      src = best.source >= 0 ? best.source : first_actor_after(true, true);
      if (src < 0 && best.source < 0) src = first_actor_after(true, false);
    } else {
      src = best.source >= 0 ? best.source : c.subject;
      tgt = best.target >= 0 ? best.target : first_actor_after(false, false);
    }
    if (best.target >= 0 && c.passive && !best.target_is_subject) tgt = best.target;

    std::vector<std::pair<const Member*, const Member*>> pairs;
    if (best.compound && c.subject >= 0) {
      const auto& ms = v.groups[c.subject].members;
      for (size_t a = 0; a < ms.size(); ++a) {
        for (size_t b = a + 1; b < ms.size(); ++b) pairs.emplace_back(&ms[a], &ms[b]);
      }
    } else if (src >= 0 && tgt >= 0 && src != tgt) {
      for (const Member& s : v.groups[src].members) {
        for (const Member& t : v.groups[tgt].members) pairs.emplace_back(&s, &t);
      }
    }
    bool coded = false;
    auto emit = [&](const std::string& ev, const Member& s, const Member& t) {
      const std::string sc = s.Code(), tc = t.Code();
      if (!IsEventCode(ev) || sc.empty() || tc.empty() || sc == tc) return;
      if (!seen.emplace(ev, sc, tc).second) {
        coded = true;
        return;
      }
      Event e;
      e.sentence = v.sentence;
      e.span = Span{v.tok(c.begin).span.begin, v.tok(c.end - 1).span.end};
      e.code = ev;
      auto ref = [&](const Member& m) {
        ActorRef r;
        r.code = m.Code();
        r.span = Span{v.tok(m.begin).span.begin, v.tok(m.end - 1).span.end};
        r.name = std::string(doc.Text(r.span));
        return r;
      };
      e.source = ref(s);
      e.target = ref(t);
      e.negated = c.negated;
      e.confidence = best.pattern != nullptr ? 0.7 : 0.5;
      e.provenance.pattern = best.pattern != nullptr ? best.pattern->id : hit.form->id;
      e.provenance.entries = s.entries;
      e.provenance.entries.insert(e.provenance.entries.end(), t.entries.begin(), t.entries.end());
      e.provenance.dictionary_version = version_;
      doc.events.push_back(std::move(e));
      coded = true;
    };
    for (const auto& [s, t] : pairs) {
      emit(code, *s, *t);
      emit(code2.empty() && best.compound ? code : code2, *t, *s);
    }
    if (coded) dominated_until.push_back(c.target_end);
  }
}

void PetrarchCoder::Code(Document& doc) const {
  const int32_t date = DateOf(doc.date);
  std::vector<SentenceView> views(doc.sentences.size());
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) analyser_.Analyse(doc, s, date, &views[s]);
  // Actor mentions, which this coder recognises itself.
  for (const SentenceView& v : views) {
    for (const Group& g : v.groups) {
      for (const Member& m : g.members) {
        if (m.Code().empty()) continue;
        ActorMention a;
        a.token_begin = v.token[m.begin];
        a.token_end = v.token[m.end - 1] + 1;
        a.span = Span{v.tok(m.begin).span.begin, v.tok(m.end - 1).span.end};
        a.sentence = v.sentence;
        a.code = m.Code();
        a.name = std::string(doc.Text(a.span));
        a.entries = m.entries;
        doc.actors.push_back(std::move(a));
      }
    }
  }
  for (const SentenceView& v : views) {
    if (Discarded(v, true)) return;
  }
  for (const SentenceView& v : views) {
    if (Discarded(v, false)) continue;
    CodeSentence(v, doc);
  }
}

}  // namespace faultline::petrarch
