#include "recognise/places/place_finder.h"

#include <algorithm>
#include <cstring>
#include <set>
#include <span>
#include <string>
#include <type_traits>

#include "recognise/places/place_name.h"
#include "recognise/places/place_ranker.h"
#include "recognise/places/text_memo.h"
#include "util/flat_map.h"

namespace faultline::places {
namespace {

constexpr uint32_t kMaxNameTokens = 7;

// What the memoised three-tier lookup (below) knows of a surface, valid until its next call.
struct LookupResult {
  std::span<const PlaceCandidate> candidates;
  std::string_view folded;  // FoldName(surface): the lookup makes it, the finder keeps it
};
LookupResult CachedLookup(const Gazetteer& g, std::string_view surface);

// A token's text against a literal, length first and then a memcmp of a constant size that the
// compiler unrolls: std::string == const char* measured the literal and called compare on
// every token.
template <size_t N>
bool NormIs(const Token& t, const char (&literal)[N]) {
  return t.norm.size() == N - 1 && std::memcmp(t.norm.data(), literal, N - 1) == 0;
}

bool IsLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c & 0x80); }

bool IsNameWord(const Token& t) { return t.capitalised && !t.norm.empty() && IsLetter(t.norm[0]); }

bool StartsName(const std::vector<Token>& tokens, uint32_t i, uint32_t end) {
  if (IsNameWord(tokens[i])) return true;
  // "al-Bab", "el-Arish": a lower-case article joined by a hyphen to a capitalised word.
  return (NormIs(tokens[i], "al") || NormIs(tokens[i], "el")) && i + 2 < end &&
         NormIs(tokens[i + 1], "-") && IsNameWord(tokens[i + 2]);
}

bool InsideName(const Token& t) {
  if (IsNameWord(t)) return true;
  if (NormIs(t, "-")) return !t.space_before;
  return IsNameConnector(t.norm);
}

bool IsCountry(const PlaceMention& m) {
  return std::any_of(m.candidates.begin(), m.candidates.end(),
                     [&](const PlaceCandidate& c) { return c.kind == PlaceKind::kCountry; });
}

// A city of 100,000 or more among the strict candidates: "Gainesville says" is the city's
// government speaking, "Rodeo Gainesville" an event in the city.
bool HasBigCity(const Gazetteer& g, std::span<const PlaceCandidate> cs) {
  return std::any_of(cs.begin(), cs.end(), [&](const PlaceCandidate& c) {
    return c.tier != Tier::kTranslit && c.kind == PlaceKind::kCity &&
           EffectivePopulation(g, c.entry) >= 100000;
  });
}

bool IsCountryLike(const PlaceMention& m) {
  for (const PlaceCandidate& c : m.candidates) {
    if (c.kind == PlaceKind::kCountry || c.kind == PlaceKind::kAdmin1) return true;
  }
  return false;
}

// Gazetteer::WordClass memoised per thread: the finder asks about the same words ("Police", the
// article's names) over and over.
uint32_t CachedWordClass(const Gazetteer& g, std::string_view word) {
  thread_local TextMemo<uint32_t, 32, 4096> memo;
  return memo.Get(g, word, [&] { return g.WordClass(word); });
}

bool IsOrdinary(const Gazetteer& g, std::string_view word) {
  return (CachedWordClass(g, word) & kWordOrdinary) != 0;
}

// An ordinary English word: one WordNet writes in lower case (the gazetteer carries that list;
// WordNet's index alone would also call "paris" a word).
bool IsCommonWord(const Gazetteer& g, const Token& t) {
  return IsOrdinary(g, t.norm) || (!t.lemma.empty() && t.lemma != t.norm && IsOrdinary(g, t.lemma));
}

bool IsFunctionWord(const Token& t) {
  switch (t.pos) {
    case Pos::kDet:
    case Pos::kPrep:
    case Pos::kPron:
    case Pos::kConj:
    case Pos::kSubord:
    case Pos::kWh:
    case Pos::kModal:
    case Pos::kAux:
    case Pos::kNeg:
    case Pos::kTo:
      return true;
    default:
      return false;
  }
}

size_t Letters(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += IsLetter(c);
  return n;
}

// A capitalised word next to a name that is itself a name nobody's dictionary knows: the two
// make one personal or organisational name ("Jordan Peterson", "Raquel Henry").
bool ForeignNamePartUncached(const Gazetteer& g, const Token& t) {
  // "Turner" is a word too, but WordNet knows it as a person: "Michael Turner" is a name.
  const bool person_like = (CachedWordClass(g, t.norm) & kWordNonPlaceName) != 0;
  if (IsCommonWord(g, t) && !person_like) return false;
  if (TypeWordHint(t.norm) != TypeHint::kNone || IsPlacePrefixWord(t.norm)) return false;
  const std::span<const PlaceCandidate> c = CachedLookup(g, FoldName(t.norm)).candidates;
  for (const PlaceCandidate& pc : c) {
    const PlaceKind k = pc.kind;
    if (pc.tier != Tier::kTranslit && (k == PlaceKind::kCountry || k == PlaceKind::kAdmin1)) {
      return false;  // "Idlib Syria"
    }
  }
  if (HasBigCity(g, c) && !person_like) return false;  // "Rodeo Gainesville"
  return g.has_word_classes();  // without WordNet's words nothing is known to be a name
}

// ForeignNamePartUncached memoised per thread by the word and its lemma (all it reads of the
// token): the words around names ("Obama", "Street", "Peterson") come back in article after
// article, and each answer costs a fold, a lookup and three word classes.
bool IsForeignNamePart(const Gazetteer& g, const Token& t) {
  if (!IsNameWord(t)) return false;
  thread_local TextMemo<bool, 64, 4096> memo;
  const bool own_lemma = !t.lemma.empty() && t.lemma != t.norm;
  char key[64];
  const size_t size = t.norm.size() + (own_lemma ? 1 + t.lemma.size() : 0);
  if (size > sizeof(key)) return ForeignNamePartUncached(g, t);
  std::memcpy(key, t.norm.data(), t.norm.size());
  if (own_lemma) {
    key[t.norm.size()] = '\0';  // never inside a word
    std::memcpy(key + t.norm.size() + 1, t.lemma.data(), t.lemma.size());
  }
  return memo.Get(g, std::string_view(key, size), [&] { return ForeignNamePartUncached(g, t); });
}

}  // namespace

namespace {

// Whether some folded key begins with the words of `surface` and a space (the run-extension
// check), memoised per thread: runs such as "New York" or "Prime Minister" come back in article
// after article, and each answer otherwise costs a fold and a probe of the index.
bool CachedFoldedPrefix(const Gazetteer& g, std::string_view surface) {
  thread_local TextMemo<bool, 64, 4096> memo;
  return memo.Get(g, surface, [&] {
    std::string prefix = FoldName(surface);
    prefix.push_back(' ');
    return g.HasPrefix(Tier::kFolded, prefix);
  });
}

// Counts by folded name for one article (a hash table: an article with many people has dozens of
// names, and a list searched from the front cost more than the lookups).
using NameCounts = FlatStringMap<int>;

// The three-tier lookup without a cache.
void LookupNameUncached(const Gazetteer& g, std::string_view surface,
                        std::vector<PlaceCandidate>* out, std::string* folded_out) {
  thread_local std::vector<GazetteerHit> hits;  // kept: its storage serves every miss
  hits.clear();
  auto add = [&](Tier tier) {
    for (const GazetteerHit& h : hits) {
      bool seen = false;
      for (const PlaceCandidate& c : *out) {
        seen = seen || (c.entry == h.entry && c.adjectival == h.adjectival);
      }
      if (!seen) out->push_back({h.entry, tier, h.adjectival, h.primary, h.kind, 0.0});
    }
    hits.clear();
  };
  // The keys first, and their slots asked for at once: the three probes' cache misses overlap.
  const std::string exact = ExactKey(surface);
  *folded_out = FoldName(surface);
  const std::string& folded = *folded_out;
  size_t letters = 0;
  for (char c : folded) letters += c != ' ';
  // The loose key is for names written in another script (the index holds it only for places
  // where names are transliterated, and for authored regions): elsewhere it would turn surnames
  // into towns ("Verduin" and Virden, "Hartmann" and Hartman).
  const std::string loose = letters >= 5 ? TranslitKeyOfFolded(folded) : std::string();
  const uint64_t exact_hash = g.Prefetch(Tier::kExact, exact);
  const uint64_t folded_hash = g.Prefetch(Tier::kFolded, folded);
  const uint64_t loose_hash = letters >= 5 ? g.Prefetch(Tier::kTranslit, loose) : 0;
  g.Lookup(Tier::kExact, exact, exact_hash, &hits);
  add(Tier::kExact);
  g.Lookup(Tier::kFolded, folded, folded_hash, &hits);
  add(Tier::kFolded);
  if (letters >= 5) {
    g.Lookup(Tier::kTranslit, loose, loose_hash, &hits);
    add(Tier::kTranslit);
  }
}

// Per-thread memo of LookupNameUncached: news repeats its capitalised words ("The", "Police",
// the article's own places) within and across articles, and each miss costs three hash probes
// into the memory-mapped index. Bounded: cleared when full or when the gazetteer changes.
// An open-addressing table of 64-bit slots (upper half: hash check, lower half: record + 1) over
// one flat arena of records, each its candidates followed by its surface and its folded form, so
// that a hit reads one slot and one record (a node per surface, its string and its vector cost
// four cache misses).
constexpr size_t kLookupCacheMax = 1 << 15;            // surfaces
constexpr size_t kLookupSlots = kLookupCacheMax * 2;   // at most half full
constexpr size_t kLookupArenaWords = size_t{1} << 20;  // 8 MB
constexpr size_t kMaxRecordText = 0xffff;              // longer surfaces are answered uncached
constexpr size_t kCandidateWords = sizeof(PlaceCandidate) / sizeof(uint64_t);
static_assert(sizeof(PlaceCandidate) % sizeof(uint64_t) == 0 &&
              std::is_trivially_copyable_v<PlaceCandidate>);
// The slots and the arena in 2 MB pages (ThreadTableMemory, text_memo.h).
struct LookupCache {
  LookupCache()
      : slots(static_cast<uint64_t*>(ThreadTableMemory(kLookupSlots * sizeof(uint64_t)))),
        arena(static_cast<uint64_t*>(ThreadTableMemory(kLookupArenaWords * sizeof(uint64_t)))) {}

  const Gazetteer* owner = nullptr;
  const EntryRecord* entries = nullptr;  // with owner: the same index still mapped there
  size_t records = 0;
  uint64_t* slots = nullptr;  // kLookupSlots
  // Records: a header word (surface bytes << 48 | folded bytes << 32 | candidates), then the
  // candidates, the surface and the folded surface.
  uint64_t* arena = nullptr;
  size_t arena_size = 0;  // words in use
  bool ready = false;
  std::vector<PlaceCandidate> scratch;
  std::string scratch_folded;
};

struct RecordHeader {
  size_t surface_bytes, folded_bytes, candidates;
};

RecordHeader ReadHeader(const LookupCache& cache, size_t record) {
  const uint64_t header = cache.arena[record];
  return {static_cast<size_t>(header >> 48), static_cast<size_t>((header >> 32) & 0xffff),
          static_cast<size_t>(header & 0xffffffffu)};
}

const char* RecordText(const LookupCache& cache, size_t record, const RecordHeader& h) {
  return reinterpret_cast<const char*>(cache.arena + record + 1 + h.candidates * kCandidateWords);
}

LookupResult RecordResult(const LookupCache& cache, size_t record) {
  const RecordHeader h = ReadHeader(cache, record);
  return {{reinterpret_cast<const PlaceCandidate*>(cache.arena + record + 1), h.candidates},
          {RecordText(cache, record, h) + h.surface_bytes, h.folded_bytes}};
}

// The candidates of `surface`, valid until the next lookup.
LookupResult CachedLookup(const Gazetteer& g, std::string_view surface) {
  thread_local LookupCache cache;
  const EntryRecord* entries = &g.entry(0);
  if (cache.owner != &g || cache.entries != entries || !cache.ready) {
    std::memset(cache.slots, 0, kLookupSlots * sizeof(uint64_t));
    cache.arena_size = 0;
    cache.records = 0;
    cache.owner = &g;
    cache.entries = entries;
    cache.ready = true;
  }
  const uint64_t h = HashBytes(surface);
  const uint64_t check = h >> 32;
  size_t pos = h & (kLookupSlots - 1);
  for (;; pos = (pos + 1) & (kLookupSlots - 1)) {
    const uint64_t slot = cache.slots[pos];
    if (slot == 0) break;
    if ((slot >> 32) != check) continue;
    const size_t record = (slot & 0xffffffffu) - 1;
    const RecordHeader rh = ReadHeader(cache, record);
    if (std::string_view(RecordText(cache, record, rh), rh.surface_bytes) == surface) {
      return RecordResult(cache, record);
    }
  }
  cache.scratch.clear();
  LookupNameUncached(g, surface, &cache.scratch, &cache.scratch_folded);
  const size_t text = surface.size() + cache.scratch_folded.size();
  const size_t words = 1 + cache.scratch.size() * kCandidateWords + (text + 7) / 8;
  if (words > kLookupArenaWords / 4 || surface.size() > kMaxRecordText ||
      cache.scratch_folded.size() > kMaxRecordText) {
    return {cache.scratch, cache.scratch_folded};  // too big to keep: answered uncached
  }
  if (cache.records >= kLookupCacheMax || cache.arena_size + words > kLookupArenaWords) {
    std::memset(cache.slots, 0, kLookupSlots * sizeof(uint64_t));
    cache.arena_size = 0;
    cache.records = 0;
    pos = h & (kLookupSlots - 1);
    while (cache.slots[pos] != 0) pos = (pos + 1) & (kLookupSlots - 1);
  }
  const size_t record = cache.arena_size;
  cache.arena_size += words;
  cache.arena[record + words - 1] = 0;  // the text's last word is padded with zeros
  cache.arena[record] = uint64_t{surface.size()} << 48 |
                        uint64_t{cache.scratch_folded.size()} << 32 | cache.scratch.size();
  if (!cache.scratch.empty()) {  // an empty vector's data() may be null, which memcpy must not get
    std::memcpy(cache.arena + record + 1, cache.scratch.data(),
                cache.scratch.size() * sizeof(PlaceCandidate));
  }
  char* text_at = reinterpret_cast<char*>(cache.arena + record + 1 +
                                          cache.scratch.size() * kCandidateWords);
  // Bytes with their lengths in the header, not C strings: no terminator.
  std::copy(surface.begin(), surface.end(), text_at);
  std::copy(cache.scratch_folded.begin(), cache.scratch_folded.end(), text_at + surface.size());
  cache.slots[pos] = (check << 32) | (record + 1);
  ++cache.records;
  return RecordResult(cache, record);
}

// Adds the candidates of `found` that `out` lacks (the memo's lists have no duplicates of their
// own).
void AddCandidates(std::span<const PlaceCandidate> found, std::vector<PlaceCandidate>* out) {
  if (out->empty()) {
    out->assign(found.begin(), found.end());
    return;
  }
  for (const PlaceCandidate& c : found) {
    bool seen = false;
    for (const PlaceCandidate& o : *out) {
      seen = seen || (o.entry == c.entry && o.adjectival == c.adjectival);
    }
    if (!seen) out->push_back(c);
  }
}

}  // namespace

void LookupName(const Gazetteer& g, std::string_view surface, std::vector<PlaceCandidate>* out) {
  if (!g.loaded()) return;
  AddCandidates(CachedLookup(g, surface).candidates, out);
}

void FindPlaceMentions(const Document& doc, const Gazetteer& g, const Lexicon& lexicon,
                       std::vector<PlaceMention>* mentions) {
  std::vector<PlaceMention>& out = *mentions;
  out.clear();
  if (!g.loaded()) return;
  const std::vector<Token>& tk = doc.tokens;
  // The article's name counts, their storage kept per thread (allocated anew per article, it
  // landed on fresh pages).
  thread_local NameCounts person_names;   // folded name -> times seen inside a person's name
  thread_local NameCounts strong_person;  // single names -> direct evidence of a person
  thread_local NameCounts alone, placed;  // single-word mentions; those the text puts somewhere
  for (NameCounts* counts : {&person_names, &strong_person, &alone, &placed}) counts->Reset(256);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const uint32_t tb = doc.sentences[s].token_begin, te = doc.sentences[s].token_end;
    for (uint32_t i = tb; i < te; ++i) {
      if (!StartsName(tk, i, te) || IsFunctionWord(tk[i])) continue;
      if (IsCalendarWord(tk[i].norm)) continue;  // "March 16", "on Monday"
      uint32_t k = i;
      while (k + 1 < te && k + 1 - i < kMaxNameTokens && InsideName(tk[k + 1])) ++k;
      // Names of several words are looked up only as far as some folded key still begins with
      // the words so far; a run with an Arabic article or a hyphen may be a transliteration,
      // whose keys differ, and is read whole.
      bool translit_like = false;
      for (uint32_t w = i + 1; w <= k; ++w) translit_like = translit_like || !IsNameWord(tk[w]);
      if (!translit_like && k > i) {
        uint32_t last = i;
        while (last < k) {
          if (!CachedFoldedPrefix(g, doc.Text({tk[i].span.begin, tk[last].span.end}))) break;
          ++last;
        }
        k = last;
      }
      // The longest span that names something, looked up from the longest down; the mention is
      // made only then (most capitalised words name nothing).
      LookupResult found;
      uint32_t name_end = 0;
      for (uint32_t j = k + 1; j-- > i;) {
        if (!IsNameWord(tk[j])) continue;
        const std::string_view name = doc.Text({tk[i].span.begin, tk[j].span.end});
        found = CachedLookup(g, name);
        if (found.candidates.empty()) continue;
        const bool strict =
            std::any_of(found.candidates.begin(), found.candidates.end(),
                        [](const PlaceCandidate& c) { return c.tier != Tier::kTranslit; });
        if (!strict) {
          // A loose key over a longer span must not beat a strict match of a shorter one: "U.S.
          // House" is "U.S." followed by a word, not a town whose key happens to agree.
          if (name.find('.') != std::string_view::npos) continue;
          bool shorter_strict = false;
          for (uint32_t j2 = j; j2-- > i && !shorter_strict;) {
            if (!IsNameWord(tk[j2])) continue;
            const std::span<const PlaceCandidate> c2 =
                CachedLookup(g, doc.Text({tk[i].span.begin, tk[j2].span.end})).candidates;
            shorter_strict = std::any_of(c2.begin(), c2.end(), [](const PlaceCandidate& c) {
              return c.tier != Tier::kTranslit;
            });
          }
          // Keep the longer loose match only where it reads like a transliteration (a joined
          // article or several words), otherwise take the shorter strict one.
          if (shorter_strict && name.find('-') == std::string_view::npos) continue;
          found = CachedLookup(g, name);  // the shorter lookups may have reused the memo's records
        }
        name_end = j + 1;
        break;
      }
      if (name_end == 0) continue;
      PlaceMention m;
      m.candidates.assign(found.candidates.begin(), found.candidates.end());
      m.folded.assign(found.folded);
      m.token_begin = i;
      m.token_end = name_end;
      uint32_t j = m.token_end;  // one past the name
      // "Ga" "." when the tokenizer left the period apart: prefer the abbreviation.
      if (j < te && NormIs(tk[j], ".") && !tk[j].space_before) {
        std::vector<GazetteerHit> abbr;
        g.Lookup(Tier::kExact, ExactKey(doc.Text({tk[i].span.begin, tk[j].span.end})), &abbr);
        if (!abbr.empty()) {
          m.candidates.clear();
          for (const GazetteerHit& h : abbr) {
            m.candidates.push_back(
                {h.entry, Tier::kExact, h.adjectival, h.primary, h.kind, 0});
          }
          m.token_end = ++j;
          m.folded = FoldName(doc.Text({tk[i].span.begin, tk[j - 1].span.end}));
        }
      }
      m.sentence = s;
      m.name_span = {tk[i].span.begin, tk[m.token_end - 1].span.end};
      m.span = m.name_span;
      m.surface = std::string(doc.Text(m.name_span));
      const bool single = m.token_end - m.token_begin == 1;
      const bool sentence_initial = i == tb || (i == tb + 1 && tk[tb].pos == Pos::kPunct);

      // Names inside other names.
      bool reject = false;
      // "North" before "Texas", "Lake" before "Lanier": not a name of its own, and the next word
      // is still read.
      if (single && (IsGenericPlaceWord(tk[i].norm) || IsDirectionWord(tk[i].norm))) continue;
      if (j < te && IsStreetWord(tk[j].norm)) reject = true;  // "Darby Street", "Main St."
      if (IsNonPlaceEntity(m.folded)) reject = true;  // "White House", "Hamas"
      const size_t letters = Letters(m.surface);
      const bool all_caps =
          letters >= 1 && std::none_of(m.surface.begin(), m.surface.end(),
                                       [](char c) { return c >= 'a' && c <= 'z'; });
      if (letters == 1) reject = true;  // "K", "X"
      // Short words in capitals are acronyms ("KBR", "SRT", "PA") unless they name a country
      // ("US", "UAE"), a state after a town ("Columbia, SC") or a dateline place ("HUME --").
      const bool dotted = m.surface.find('.') != std::string::npos;  // "S.C.", "D.C.", "L.A."
      if (all_caps && letters <= 4 && !dotted && !reject) {
        const bool after_comma = i > tb && NormIs(tk[i - 1], ",");
        const bool dateline =
            (i == tb || (i == tb + 1 && tk[tb].pos == Pos::kPunct)) && j < te &&
            (NormIs(tk[j], ",") || NormIs(tk[j], "-") || NormIs(tk[j], "--") || NormIs(tk[j], "("));
        std::erase_if(m.candidates, [&](const PlaceCandidate& c) {
          const PlaceKind kind = c.kind;
          if (kind == PlaceKind::kCountry || kind == PlaceKind::kContinent ||
              kind == PlaceKind::kRegion) {
            return c.tier != Tier::kExact;
          }
          if (kind == PlaceKind::kAdmin1) {
            return !(after_comma || dateline) || c.tier == Tier::kTranslit;
          }
          return !(dateline && c.primary && c.tier != Tier::kTranslit);
        });
        if (m.candidates.empty()) continue;
      }
      // "Wal-Mart", "Coca-Cola": joined by a hyphen to a word that is no place.
      if (j + 1 < te && NormIs(tk[j], "-") && !tk[j].space_before && !tk[j + 1].space_before &&
          IsNameWord(tk[j + 1]) && !IsDirectionWord(tk[j + 1].norm)) {
        const std::span<const PlaceCandidate> next = CachedLookup(g, tk[j + 1].norm).candidates;
        if (std::none_of(next.begin(), next.end(),
                         [](const PlaceCandidate& c) { return c.tier != Tier::kTranslit; })) {
          reject = true;
        }
      }
      // Person evidence: "Andrew Trapani", "Trapani said", "McDonald, 24,"; the name is then a
      // person wherever it stands alone in the article.
      bool person = false;
      if (i > tb && tk[i - 1].capitalised && IsGivenName(tk[i - 1].norm) && !IsCountry(m)) {
        person = true;
      }
      // "Police in Gainesville said" is the police speaking: only a name that follows no
      // preposition or article speaks for itself.
      if (single && !IsCountryLike(m) &&
          !(i > tb && (IsLocativePreposition(tk[i - 1].norm) || tk[i - 1].pos == Pos::kDet))) {
        if (j < te && IsSpeechVerb(tk[j].norm) && !HasBigCity(g, m.candidates)) person = true;
        if (i > tb && (NormIs(tk[i - 1], "said") || NormIs(tk[i - 1], "says")) && j < te &&
            (NormIs(tk[j], ".") || NormIs(tk[j], ","))) {
          person = true;
        }
        if (j + 2 < te && NormIs(tk[j], ",") && tk[j + 1].pos == Pos::kNum &&
            NormIs(tk[j + 2], ",")) {
          person = true;
        }
        // A given name before a surname or an initial: "Michael Lust", "Michael R. Pannell".
        if (IsGivenName(tk[i].norm) && j < te && IsNameWord(tk[j]) &&
            !IsGenericPlaceWord(tk[j].norm) && TypeWordHint(tk[j].norm) == TypeHint::kNone &&
            !IsStreetWord(tk[j].norm)) {
          person = true;
          if (tk[j].norm.size() > 2) ++strong_person[FoldName(tk[j].norm)];  // the surname
        }
      }
      if (person) {
        reject = true;
        if (single) ++strong_person[m.folded];
      }
      if (single && letters <= 2) {
        // "In", "OK", "K": only an exact abbreviation written in capitals ("US", "UK").
        std::erase_if(m.candidates, [](const PlaceCandidate& c) { return c.tier != Tier::kExact; });
        if (m.candidates.empty() || !all_caps) reject = true;
      }
      if (j < te && IsNameWord(tk[j])) {
        if (IsMediaHead(tk[j].norm)) {
          reject = true;
        } else if (!IsCountryLike(m) && IsForeignNamePart(g, tk[j])) {
          reject = true;
        } else if (IsCountryLike(m) && single && IsForeignNamePart(g, tk[j]) &&
                   !(j + 1 < te && IsNameWord(tk[j + 1]))) {
          reject = true;  // "Jordan Peterson"
        }
      }
      if (i > tb) {
        const Token& p = tk[i - 1];
        if (IsPersonTitle(p.norm)) {
          reject = true;
          if (single) ++strong_person[m.folded];
        }
        if (i - 1 > tb && IsNameWord(p) && !IsPlacePrefixWord(p.norm) && IsForeignNamePart(g, p)) {
          reject = true;  // "Paris" in "Kevin Paris"
        }
      }
      if (reject) {
        // The rest of the capitalised run belongs to the same name ("Post", "Peterson"), and its
        // words alone later name the same person ("Verduin said").
        uint32_t last = m.token_end;
        while (last < te &&
               (IsNameWord(tk[last]) || (NormIs(tk[last], ".") && !tk[last].space_before))) {
          ++last;
        }
        for (uint32_t w = i; w < last; ++w) {
          if (IsNameWord(tk[w]) && !IsMediaHead(tk[w].norm)) ++person_names[FoldName(tk[w].norm)];
        }
        if (i > tb && IsNameWord(tk[i - 1]) && !IsPersonTitle(tk[i - 1].norm)) {
          ++person_names[FoldName(tk[i - 1].norm)];
        }
        i = last - 1;
        continue;
      }
      // A sentence's first word that the tagger reads as a verb or function word: "Reading the
      // report", "March on".
      if (sentence_initial && single && !IsCountryLike(m)) {
        const bool verb_like =
            tk[i].pos != Pos::kNoun && tk[i].pos != Pos::kProperNoun && tk[i].pos != Pos::kUnknown;
        const bool gerund = IsCommonWord(g, tk[i]) && tk[i].norm.size() > 4 &&
                            tk[i].norm.compare(tk[i].norm.size() - 3, 3, "ing") == 0 &&
                            (!lexicon.loaded() || !lexicon.VerbLemma(tk[i].norm).empty());
        const bool before_det = i + 1 < te &&
                                (tk[i + 1].pos == Pos::kDet || tk[i + 1].pos == Pos::kPron) &&
                                IsCommonWord(g, tk[i]);
        if (verb_like || gerund || before_det) continue;
      }
      // Single-period abbreviations ("Ga.", "Miss.") only in "Place, Ga.".
      if (single && m.surface.size() <= 6 && m.surface.back() == '.' &&
          std::count(m.surface.begin(), m.surface.end(), '.') == 1 &&
          !(i > tb && NormIs(tk[i - 1], ","))) {
        continue;
      }
      // Also a person's or a day's name ("Jones", "Monday"): as doubtful as an ordinary word.
      const bool non_place_name =
          single && (CachedWordClass(g, tk[i].norm) & kWordNonPlaceName) != 0;
      m.common_word = single && (IsCommonWord(g, tk[i]) || non_place_name) &&
                      !std::all_of(m.candidates.begin(), m.candidates.end(),
                                   [](const PlaceCandidate& c) { return c.adjectival; });
      if (sentence_initial && single && IsCommonWord(g, tk[i])) m.common_word = true;

      // Type word after the name: "Idlib province", "Hama countryside" is not one.
      if (j < te && TypeWordHint(tk[j].norm) != TypeHint::kNone) {
        m.hint = TypeWordHint(tk[j].norm);
        m.span.end = tk[j].span.end;
        ++j;
      }
      // "the province of Idlib", "the city of Aleppo".
      if (i >= tb + 2 && NormIs(tk[i - 1], "of") &&
          TypeWordHint(tk[i - 2].norm) != TypeHint::kNone) {
        m.hint = TypeWordHint(tk[i - 2].norm);
      }
      // Directions before the name: "northern", "southern and eastern", "north-eastern".
      uint32_t d = i;
      while (d > tb) {
        const std::string_view w = tk[d - 1].norm;
        if (IsDirectionWord(w) && (!(tk[d - 1].capitalised && d - 1 > tb) || d == i)) {
          --d;
        } else if ((w == "and" || w == "," || w == "-") && d - 1 > tb &&
                   IsDirectionWord(tk[d - 2].norm) && d < i + 1 && IsDirectionWord(tk[d].norm)) {
          --d;
        } else if (w == "-" && d - 1 > tb && IsDirectionWord(tk[d - 2].norm)) {
          --d;
        } else {
          break;
        }
      }
      if (d < i && IsDirectionWord(tk[d].norm)) {
        // An authored region may name the whole: "northeastern Syria".
        std::vector<PlaceCandidate> region;
        std::string whole(doc.Text({tk[d].span.begin, tk[i - 1].span.end}));
        whole += " " + m.surface;
        LookupName(g, whole, &region);
        if (!region.empty()) {
          m.candidates = std::move(region);
        } else {
          m.directional = true;
        }
        m.span.begin = tk[d].span.begin;
      }
      uint32_t before = d;
      if (before > tb && NormIs(tk[before - 1], "the")) --before;
      if (before > tb) {
        const std::string_view w = tk[before - 1].norm;
        m.after_locative = IsLocativePreposition(w);
        m.in_place = w == "in" || w == "at" || w == "near" || w == "outside" || w == "into" ||
                     w == "throughout" || w == "across";
        if (IsNearWord(w)) m.near = true;
        if (w == "of" && before >= tb + 2 &&
            (NormIs(tk[before - 2], "outskirts") || NormIs(tk[before - 2], "outside"))) {
          m.near = true;
        }
      }
      // Borders: "the Turkish border", "the Syria-Turkey border", "the border with Turkey".
      if (IsCountryLike(m)) {
        for (const PlaceCandidate& c : m.candidates) {
          if (c.kind == PlaceKind::kCountry) {
            m.border_countries.emplace_back(g.Country(c.entry));
            break;
          }
        }
      }
      if (!m.border_countries.empty()) {
        if (j < te && IsBorderWord(tk[j].norm)) {
          m.border = true;
          m.span.end = tk[j].span.end;
          // "Syria-Turkey border": absorb the neighbouring country mention.
          if (!out.empty() && out.back().sentence == s && out.back().token_end + 1 == i &&
              (NormIs(tk[i - 1], "-") || NormIs(tk[i - 1], "/")) &&
              !out.back().border_countries.empty()) {
            m.border_countries.push_back(out.back().border_countries.front());
            m.span.begin = out.back().span.begin;
            out.pop_back();
          }
        } else if (before >= tb + 2 && NormIs(tk[before - 1], "with") &&
                   IsBorderWord(tk[before - 2].norm)) {
          m.border = true;
          m.span.begin = tk[before - 2].span.begin;
        }
      }
      // Containment: "Alexandria, La." and "a town in Idlib province" link to the later mention.
      if (!out.empty() && out.back().sentence == s) {
        PlaceMention& prev = out.back();
        const uint32_t gap_begin = prev.token_end;
        const bool comma = gap_begin + 1 == i && NormIs(tk[gap_begin], ",");
        const bool in = gap_begin + 1 == i && NormIs(tk[gap_begin], "in");
        if (comma || in) prev.container = static_cast<int>(out.size());
      }
      out.push_back(std::move(m));
      i = out.back().token_end - 1;
      if (out.back().hint != TypeHint::kNone || out.back().border) i = j - 1;
    }
  }
  // Second pass: a single-word name seen inside a person's name at least as often as alone is
  // that person again ("Chiquita Raquel Henry ... Henry's arrest"); a town named often and once
  // inside "StandUp DeKalb" stays a town.
  if (person_names.size() > 0 || strong_person.size() > 0) {
    for (const PlaceMention& m : out) {
      if (m.token_end - m.token_begin == 1) ++alone[m.folded];
      if (m.in_place || m.container >= 0 || m.hint != TypeHint::kNone) ++placed[m.folded];
    }
    // Kept mentions move down in place (a second vector grown by push_back moved each mention
    // several times).
    size_t kept = 0;
    std::vector<int> remap(out.size(), -1);
    for (size_t m = 0; m < out.size(); ++m) {
      const bool single = out[m].token_end - out[m].token_begin == 1;
      const std::string& key = out[m].folded;
      const int* p = person_names.Find(key);
      if (single && !IsCountryLike(out[m]) && p != nullptr && *p >= alone[key]) continue;
      // Seen as a person ("Andrew Trapani", "Trapani said"): alone it is that person too, unless
      // the text puts it somewhere ("in Trapani", "Trapani, Sicily", "Trapani province").
      // A state or province needs more than one such sign ("George Washington" once).
      const int* sp = strong_person.Find(key);
      if (single && !IsCountry(out[m]) && sp != nullptr && *sp > placed[key] &&
          (*sp >= 2 || !IsCountryLike(out[m])) && !out[m].in_place && out[m].container < 0 &&
          out[m].hint == TypeHint::kNone) {
        continue;
      }
      remap[m] = static_cast<int>(kept);
      if (kept != m) out[kept] = std::move(out[m]);
      ++kept;
    }
    out.resize(kept);
    for (PlaceMention& m : out) {
      if (m.container >= 0) m.container = remap[static_cast<size_t>(m.container)];
    }
  }
}

}  // namespace faultline::places
