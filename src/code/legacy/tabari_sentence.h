// Internal: the working state of TabariEngine for one sentence, shared by the parse
// (tabari_parse.cc), pattern matching (tabari_match.cc) and coding (tabari_code.cc)
// steps. Member names follow TABARI's so the port can be read against the original.
#pragma once

#include <string>
#include <vector>

#include "code/legacy/tabari_engine.h"

namespace faultline::tabari {

// A head or tail tag: the start or end of a root, clause, compound or subordinate
// clause. kRefTag marks a dereferenced pronoun; its index is the referenced word.
struct Tag {
  int type = 0;
  int index = 0;
};
constexpr int kRefTag = 1000;

constexpr int kLexMidCap = 0x1, kLexInitCap = 0x2, kLexNumber = 0x4, kLexComma = 0x8;
constexpr int kSyntCompound = 0x1;

struct LexWord {
  std::string text;             // filtered, upper-cased
  uint32_t begin = 0, end = 0;  // bytes in the original text
  int flags = 0;
  int symbol = 0;              // kCommaLit, kNumberLit or 0
  std::vector<LitMatch> lits;  // literals that are prefixes of the word
};

struct SyntWord {
  int iroot = 0;
  WordType wtype = WordType::kNull;
  std::vector<Tag> head, tail;
  int flags = 0;
  int lex = -1;  // -1: forwarded from the previous sentence or the default slot
};

struct SentenceMemory {
  std::vector<SyntWord> synt;  // words and Halt of the previous sentence
};

struct ActorStruct {
  int actor = 0, agent = 0;
  int index = 0;  // pattern set + 1 when the code is a coded compound
  int where = 0;
  int rootidx = 0, agtidx = 0;
};

struct EventRec {
  ActorStruct src, tar;
  int event = 0;
  int evtloc = 0;
  const std::string* where = nullptr;
  bool fisevt = true, fissub = false, fisdom = false;
  int next = -1;
};

class Sentence {
 public:
  Sentence(const Dictionary& dict, const TabariOptions& opts, const RecordContext& ctx)
      : dict_(dict), opts_(opts), ctx_(ctx) {}
  TabariResult Run(std::string_view text, ForwardMemory* memory);

 private:
  // --- parse (tabari_parse.cc)
  bool Parse(std::string_view text, const SentenceMemory* previous, std::string* error);
  void FilterText(std::string_view text);
  bool MakeLex(std::string* error);
  bool MatchLex(int* nmatch, const Phrase& phrase, WordType wtype, int ibegin,
                std::vector<int>* matched) const;
  void MakeSynt(const SentenceMemory* previous);
  void SetForward(const SentenceMemory& previous);
  void MarkNouns();
  void ConvertAgents();
  void MarkCompound();
  void MarkSubordinate();
  void NullSubordinate();
  void MarkClauses();
  void DereferencePronouns();
  void CheckDiscards();
  void EvaluateComplexity();

  // --- tags
  bool HasHead(int loc, int type) const;
  bool HasHead(int loc, int type, int* index) const;
  bool CheckHead(int loc, int type, int index) const;
  bool HasTail(int loc, int type) const;
  bool HasTail(int loc, int type, int index) const;
  int GetTailIndex(int loc, int type) const;
  bool CheckTailTag(int loc, int type) const;
  void ChangeHead(int loc, int from, int to);
  void ChangeTail(int loc, int from, int to);
  int GetReference(int loc) const;
  bool SkipSegment(int* loc, int type) const;
  int HasLitr(int loc, int lit) const;
  WordType Type(int loc) const;

  // --- codes
  bool IsNullActor(int root) const;
  bool IsDiscardCode(int root) const;
  bool IsNullVerb(int root) const;

  // --- coder (tabari_code.cc)
  void CodeEvents(TabariResult* result);
  void CheckTime();
  bool ShiftDate(const TimeCode& code);
  bool SetClauseBounds();
  void CheckVerbs();
  void DoVerb(int index);
  void MakeEvent(const EventCode& code, const std::string* where, int index);
  void PutEvent(const EventCode& code, const std::string* where, int index, const ActorStruct& s,
                const ActorStruct& t);
  bool CheckPassive(int index);
  void GetActorStructCodes(ActorStruct* a, int loc);
  void FindActor(int loc, int* found, ActorStruct* a);
  void FindAgent(int loc, ActorStruct* a);
  void BackActor(int loc, int* found, ActorStruct* a);
  int GetActorHead(int loc, bool* fmatch);
  int GetActorTail(int loc);
  int GetCompound(int loc, bool* fmatch);
  int GetCompound(int loc);
  void GetRegularSource(int index);
  void GetRegularTarget(int index);
  void SetDefaultSource();
  void SetDefaultTarget();
  void EvaluateEvents();
  void ExpandCompoundCodes();
  bool CheckEventDups(int ievt) const;
  bool CheckSameActors(int ievt) const;
  void MakeEventStrings(TabariResult* result);
  void CollectActors(TabariResult* result);
  std::string Composite(int actor, int agent) const;
  const std::vector<ActorItem>* ItemsOf(int index) const;

  // --- pattern matching (tabari_match.cc)
  bool CheckPattern(const Pattern& pat, int loc, WordType wtype);
  int CompTarget();
  int CompSynset();
  int CheckSubPattern(const Pattern& pat);
  int ContinueCheck();
  int NextCheck();
  int StateCheck(int result);
  void SaveState();
  void RestoreState();
  void InitCondit();
  void CondCheck(int* state);
  int Id(int pt) const;
  uint16_t Conn(int pt) const;

  static bool ActorEqual(const ActorStruct& a, const ActorStruct& b) {
    return a.actor == b.actor && a.agent == b.agent && a.index == b.index;
  }
  static bool ActorEmpty(const ActorStruct& a) { return !a.actor && !a.agent && !a.index; }

  const Dictionary& dict_;
  const TabariOptions& opts_;
  const RecordContext& ctx_;
  long julian_ = 0;

  // parser state
  std::string filtext_;
  std::vector<int> filpos_;  // original byte of each filtext_ character, -1 if inserted
  bool rec_caps_ = true;
  std::vector<LexWord> lex_;
  std::vector<SyntWord> synt_;
  int ilex_ = -1;     // last word
  int isynt_ = 0;     // the Halt entry
  int def_slot_ = 0;  // placeholder for default actors
  bool has_clauses_ = false;
  int fwd_actor_ = -1, fwd_compound_ = -1;
  bool has_discard_ = false, is_complex_ = false;
  std::string complex_text_;

  // coder state
  std::vector<EventRec> events_;
  int n_events_ = -1;
  ActorStruct source_, target_;
  int istart_clause_ = 0, iend_clause_ = -1;
  int index_source_ = -1, index_target_ = -1, index_attrib_ = -1, index_compound_ = -1;
  bool regular_source_ = false, regular_target_ = false, passive_ = false;
  bool event_discard_ = false, event_complex_ = false;
  std::string shift_date_;
  bool shifted_ = false;

  // pattern matcher state (TABARI's checkPattern globals)
  bool skip_mode_ = false, full_mode_ = false, is_high_ = false;
  const Phrase* phrase_ = nullptr;  // phrase being walked (a pattern or synset member)
  int pt_ = 0;                      // element of *phrase_
  int loc_ = 0;                     // word being compared
  bool fcond_ = false;
  bool cond_skip_ = false;
  int cond_loc_ = 0, cond_len_ = 0;
  int lenalt_ = 0;
};

}  // namespace faultline::tabari
