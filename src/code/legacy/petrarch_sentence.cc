#include "code/legacy/petrarch_sentence.h"

#include <algorithm>
#include <cctype>

namespace faultline::petrarch {
namespace {

bool IsNominal(Pos p) {
  return p == Pos::kDet || p == Pos::kAdj || p == Pos::kNoun || p == Pos::kProperNoun ||
         p == Pos::kNum || p == Pos::kPossessive || p == Pos::kUnknown;
}

bool IsPossessivePronoun(const std::string& w) {
  return w == "its" || w == "their" || w == "his" || w == "her" || w == "our" || w == "my" ||
         w == "your";
}

bool IsConjWord(const std::string& w) { return w == "and" || w == "or" || w == "nor"; }

// Time words a reporting verb is often followed by ("officials said today").
bool IsTimeWord(const std::string& w) {
  return w == "today" || w == "yesterday" || w == "tonight" || w == "monday" || w == "tuesday" ||
         w == "wednesday" || w == "thursday" || w == "friday" || w == "saturday" || w == "sunday";
}

// Function words that look like names in capitals ("US", "IS") are not actors when
// written in lower case.
bool ClosedClass(Pos p) {
  return p == Pos::kPron || p == Pos::kDet || p == Pos::kPrep || p == Pos::kAux ||
         p == Pos::kModal || p == Pos::kConj || p == Pos::kTo || p == Pos::kWh ||
         p == Pos::kSubord || p == Pos::kNeg;
}

void AppendAgent(std::string& code, const std::string& agent) {
  for (size_t i = 0; i < agent.size(); i += 3) {
    const std::string piece = agent.substr(i, 3);
    bool present = false;
    for (size_t k = 0; k + piece.size() <= code.size() && !present; k += 3) {
      present = code.compare(k, piece.size(), piece) == 0;
    }
    if (!present) code += piece;
  }
}

struct Piece {
  uint32_t begin, end;
  bool actor;
  std::string code;
  bool prefix;
  std::string id;
};

}  // namespace

std::string Member::Code() const {
  if (actor.empty()) return "";
  std::string code = prefix + actor;
  for (const std::string& a : agents) AppendAgent(code, a);
  return code;
}

bool Group::HasActor() const {
  for (const Member& m : members) {
    if (!m.actor.empty()) return true;
  }
  return false;
}

SentenceAnalyser::SentenceAnalyser(const PetrarchDictionaries& dicts) : dicts_(dicts) {
  for (uint32_t e = 0; e < dicts.actors.entries.size(); ++e) {
    const ActorEntry& entry = dicts.actors.entries[e];
    for (uint32_t n = 0; n < entry.names.size(); ++n) {
      actors_.Add(entry.names[n], static_cast<uint32_t>(actor_names_.size()));
      actor_names_.emplace_back(e, n);
    }
  }
  actors_.Finish();
  for (uint32_t e = 0; e < dicts.agents.entries.size(); ++e) agents_.Add(dicts.agents.entries[e].words, e);
  agents_.Finish();
  for (const VerbForm& f : dicts.verbs.forms) {
    (f.inflected ? inflected_words_ : verb_words_).insert(f.word);
  }
}

void SentenceAnalyser::RepairTags(SentenceView* v) const {
  const size_t n = v->size();
  auto nounish = [&](size_t i) {
    const Pos p = v->pos[i];
    return p == Pos::kNoun || p == Pos::kProperNoun || p == Pos::kAdj;
  };
  for (size_t i = 0; i < n; ++i) {
    Pos& p = v->pos[i];
    if (p == Pos::kVerb) {
      // "abandon improved economic relations", "against besieged Osgiliath"
      const Token& t = v->tok(static_cast<uint32_t>(i));
      if (t.verb_past_participle && i > 0 && i + 1 < n && nounish(i + 1)) {
        const Pos prev = v->pos[i - 1];
        if (prev == Pos::kDet || prev == Pos::kAdj || prev == Pos::kVerb || prev == Pos::kPrep ||
            prev == Pos::kPossessive || IsPossessivePronoun(v->norm[i - 1])) {
          p = Pos::kAdj;
        }
      }
      continue;
    }
    if (p != Pos::kNoun && p != Pos::kAdj && p != Pos::kUnknown) continue;
    const bool verb_word = verb_words_.count(v->norm[i]) || verb_words_.count(v->lemma[i]) ||
                           inflected_words_.count(v->norm[i]);
    if (!verb_word) continue;
    size_t k = i;
    while (k > 0 && v->pos[k - 1] == Pos::kAdv) --k;
    if (k > 0 && (v->pos[k - 1] == Pos::kModal || v->pos[k - 1] == Pos::kNeg ||
                  (v->pos[k - 1] == Pos::kTo && (i + 1 >= n || !nounish(i + 1))))) {
      p = Pos::kVerb;
    } else if (inflected_words_.count(v->norm[i]) && i > 0 &&
               (v->pos[i - 1] == Pos::kNoun || v->pos[i - 1] == Pos::kProperNoun ||
                v->pos[i - 1] == Pos::kAdj) &&
               (i + 1 >= n || !nounish(i + 1) || IsTimeWord(v->norm[i + 1]))) {
      p = Pos::kVerb;  // "a senior Bree official said on Saturday"
    }
  }
}

void SentenceAnalyser::Analyse(const Document& doc, uint32_t s, int32_t date,
                               SentenceView* v) const {
  *v = SentenceView();
  v->doc = &doc;
  v->sentence = s;
  const Sentence& sent = doc.sentences[s];
  for (uint32_t t = sent.token_begin; t < sent.token_end; ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.norm == "-" || tok.norm == "--") continue;
    v->token.push_back(t);
    v->norm.push_back(tok.norm);
    v->lemma.push_back(tok.lemma.empty() ? tok.norm : tok.lemma);
    v->pos.push_back(tok.pos);
  }
  const uint32_t n = static_cast<uint32_t>(v->size());
  RepairTags(v);

  // Actor and agent phrases, longest first, left to right.
  std::vector<Piece> pieces;
  std::vector<int> piece_of(n, -1);
  for (uint32_t i = 0; i < n;) {
    PhraseIndex::Hit actor, agent;
    bool is_actor = actors_.Longest(v->norm, nullptr, i, &actor);
    if (is_actor && actor.length == 1 && !v->tok(i).capitalised && ClosedClass(v->pos[i])) {
      is_actor = false;
    }
    bool is_agent = agents_.Longest(v->norm, nullptr, i, &agent);
    if (!is_actor && !is_agent) {
      ++i;
      continue;
    }
    Piece p;
    p.begin = i;
    if (is_actor && (!is_agent || actor.length >= agent.length)) {
      auto [entry, name] = actor_names_[actor.entry];
      const ActorEntry& e = dicts_.actors.entries[entry];
      p.end = i + actor.length;
      p.actor = true;
      p.code = ResolveActorCode(e.codes, date);
      p.prefix = false;
      p.id = e.id;
      (void)name;
    } else {
      const AgentEntry& e = dicts_.agents.entries[agent.entry];
      p.end = i + agent.length;
      p.actor = false;
      p.code = e.code;
      p.prefix = e.prefix;
      p.id = e.id;
    }
    for (uint32_t k = p.begin; k < p.end; ++k) piece_of[k] = static_cast<int>(pieces.size());
    pieces.push_back(std::move(p));
    i = pieces.back().end;
  }

  // Chunks.
  v->chunk_of.assign(n, -1);
  auto nominal = [&](uint32_t i) {
    if (piece_of[i] >= 0) return true;
    const std::string& w = v->norm[i];
    if (w == "neither" || w == "either" || w == "both") return false;
    if (IsPossessivePronoun(w)) return true;
    if (IsNominal(v->pos[i])) return v->pos[i] != Pos::kUnknown || std::isalnum(static_cast<unsigned char>(w[0]));
    // "awful and evil minister": a conjunction between adjectives stays inside.
    if (IsConjWord(w) && i > 0 && i + 1 < n && v->pos[i - 1] == Pos::kAdj &&
        (v->pos[i + 1] == Pos::kAdj ||
         (v->pos[i + 1] == Pos::kNoun && i + 2 < n && v->pos[i + 2] == Pos::kNoun))) {
      return true;
    }
    return false;
  };
  for (uint32_t i = 0; i < n;) {
    if (!nominal(i)) {
      ++i;
      continue;
    }
    uint32_t j = i;
    while (j < n && nominal(j)) {
      // A piece never straddles a chunk edge: extend to its end.
      if (piece_of[j] >= 0) {
        j = pieces[piece_of[j]].end;
      } else {
        ++j;
      }
    }
    for (uint32_t k = i; k < j; ++k) v->chunk_of[k] = static_cast<int>(v->chunks.size());
    v->chunks.emplace_back(i, j);
    i = j;
  }

  // One member per chunk from its pieces.
  std::vector<Member> chunk_member(v->chunks.size());
  std::vector<bool> chunk_has_piece(v->chunks.size(), false);
  for (size_t c = 0; c < v->chunks.size(); ++c) {
    Member& m = chunk_member[c];
    m.begin = v->chunks[c].first;
    m.end = v->chunks[c].second;
    bool have_actor = false;
    for (uint32_t i = m.begin; i < m.end;) {
      if (piece_of[i] < 0) {
        ++i;
        continue;
      }
      const Piece& p = pieces[piece_of[i]];
      chunk_has_piece[c] = true;
      if (p.actor) {
        // The first actor of a chunk is its actor ("Bree President Romendacil").
        if (!have_actor) {
          m.actor = p.code;
          have_actor = true;
          m.entries.push_back(p.id);
        }
      } else if (p.prefix) {
        m.prefix += p.code;
        m.entries.push_back(p.id);
      } else {
        m.agents.push_back(p.code);
        m.entries.push_back(p.id);
      }
      i = p.end;
    }
  }

  // Compound chains of chunks.
  struct Chain {
    uint32_t begin, end;
    std::vector<Member> members;
    bool last_agent_only = false;  // its last chunk has agents but no actor
    bool last_plain = false;       // its last chunk has no actor or agent
  };
  std::vector<Chain> chains;
  auto link_is_conj = [&](size_t a, size_t b, bool* conj) {
    uint32_t from = v->chunks[a].second, to = v->chunks[b].first;
    *conj = false;
    if (to - from == 1) {
      if (v->norm[from] == ",") return true;
      *conj = IsConjWord(v->norm[from]);
      return *conj;
    }
    if (to - from == 2 && v->norm[from] == "," && IsConjWord(v->norm[from + 1])) {
      *conj = true;
      return true;
    }
    return false;
  };
  for (size_t c = 0; c < v->chunks.size();) {
    size_t last = c, last_conj = c;
    for (size_t k = c + 1; k < v->chunks.size(); ++k) {
      bool conj = false;
      if (!link_is_conj(k - 1, k, &conj)) break;
      last = k;
      if (conj) last_conj = k;
    }
    (void)last;
    Chain ch;
    ch.begin = v->chunks[c].first;
    ch.end = v->chunks[last_conj].second;
    for (size_t k = c; k <= last_conj; ++k) {
      if (chunk_has_piece[k]) ch.members.push_back(chunk_member[k]);
    }
    const Member& tail = chunk_member[last_conj];
    ch.last_plain = !chunk_has_piece[last_conj];
    ch.last_agent_only = chunk_has_piece[last_conj] && tail.actor.empty();
    chains.push_back(std::move(ch));
    c = last_conj + 1;
  }

  // Composition: "AGENTS of/in/from ACTORS", "NOUN of ACTORS".
  std::vector<Chain> composed;
  for (size_t c = 0; c < chains.size(); ++c) {
    Chain cur = std::move(chains[c]);
    while (c + 1 < chains.size()) {
      const Chain& next = chains[c + 1];
      if (next.begin != cur.end + 1) break;
      const std::string& prep = v->norm[cur.end];
      bool has_actor = false;
      for (const Member& m : next.members) has_actor = has_actor || !m.actor.empty();
      if (!has_actor) break;
      bool ok = (prep == "of" && (cur.last_plain || cur.last_agent_only)) ||
                ((prep == "in" || prep == "from") && cur.last_agent_only);
      if (!ok) break;
      std::vector<Member> members;
      std::vector<const Member*> agents_only;
      for (const Member& m : cur.members) {
        if (m.actor.empty()) {
          agents_only.push_back(&m);
        } else {
          members.push_back(m);
        }
      }
      for (const Member& a : next.members) {
        if (a.actor.empty()) continue;
        if (agents_only.empty()) {
          members.push_back(a);
          continue;
        }
        for (const Member* ag : agents_only) {
          Member m = a;
          m.prefix = ag->prefix + a.prefix;
          m.agents.insert(m.agents.end(), ag->agents.begin(), ag->agents.end());
          m.entries.insert(m.entries.end(), ag->entries.begin(), ag->entries.end());
          m.begin = ag->begin;
          members.push_back(std::move(m));
        }
      }
      cur.members = std::move(members);
      cur.end = next.end;
      cur.last_plain = next.last_plain;
      cur.last_agent_only = next.last_agent_only;
      ++c;
    }
    composed.push_back(std::move(cur));
  }

  v->group_of.assign(n, -1);
  for (Chain& ch : composed) {
    // An agent alone after an actor in a compound takes that actor.
    for (size_t k = 1; k < ch.members.size(); ++k) {
      Member& m = ch.members[k];
      const Member& prev = ch.members[k - 1];
      if (!m.actor.empty() || prev.actor.empty()) continue;
      m.actor = prev.actor;
      std::vector<std::string> agents(prev.agents.begin(),
                                      prev.agents.empty() ? prev.agents.end() : prev.agents.end() - 1);
      agents.insert(agents.end(), m.agents.begin(), m.agents.end());
      m.agents = std::move(agents);
      m.prefix = prev.prefix + m.prefix;
    }
    Group g;
    g.begin = ch.begin;
    g.end = ch.end;
    g.members = std::move(ch.members);
    for (uint32_t i = g.begin; i < g.end; ++i) v->group_of[i] = static_cast<int>(v->groups.size());
    v->groups.push_back(std::move(g));
  }
}

}  // namespace faultline::petrarch
