// TabariEngine, coding step: verbs clause by clause, source and target finding,
// passive voice, compound actors, paired/subordinate/dominant codes, coded compounds,
// duplicate and same-actor removal. Ported from TABARI coder.cp.
#include <utility>

#include "code/legacy/tabari_sentence.h"

namespace faultline::tabari {

namespace {

constexpr int kMaxEvents = 64;
int T(WordType w) { return static_cast<int>(w); }

}  // namespace

ForwardMemory::ForwardMemory() = default;
ForwardMemory::~ForwardMemory() = default;
ForwardMemory::ForwardMemory(ForwardMemory&&) noexcept = default;
ForwardMemory& ForwardMemory::operator=(ForwardMemory&&) noexcept = default;

TabariResult TabariEngine::CodeSentence(std::string_view text, const RecordContext& ctx,
                                        const TabariOptions& options, ForwardMemory* memory) const {
  Sentence s(*dict_, options, ctx);
  return s.Run(text, memory);
}

TabariResult Sentence::Run(std::string_view text, ForwardMemory* memory) {
  julian_ = ctx_.julian;
  TabariResult result;
  std::string error;
  const SentenceMemory* previous = memory && memory->last ? memory->last.get() : nullptr;
  if (!Parse(text, previous, &error)) {
    result.problem = true;
    result.problem_text = error;
    return result;
  }
  CodeEvents(&result);
  CollectActors(&result);
  if (memory) {
    auto m = std::make_unique<SentenceMemory>();
    m->synt.assign(synt_.begin(), synt_.begin() + isynt_ + 1);
    memory->last = std::move(m);
  }
  return result;
}

// ---------------------------------------------------------------- actors

const std::vector<ActorItem>* Sentence::ItemsOf(int index) const {
  if (index <= 0) return nullptr;
  return dict_.pset(index - 1).actor.Resolve(julian_);
}

void Sentence::GetActorStructCodes(ActorStruct* a, int loc) {
  for (int hops = 0; HasHead(loc, T(WordType::kPronoun)) && hops < 16; ++hops) {
    loc = GetReference(loc);
  }
  const int root = loc >= 0 && loc < static_cast<int>(synt_.size()) ? synt_[loc].iroot : 0;
  const int ps = root ? dict_.root(root).pset : -1;
  if (ps < 0) {
    *a = ActorStruct();
    return;
  }
  a->rootidx = root;
  a->actor = a->agent = a->index = 0;
  const PatternSet& set = dict_.pset(ps);
  if (set.kind == PatternSet::Kind::kActor) {
    if (const std::vector<ActorItem>* items = set.actor.Resolve(julian_)) {
      a->actor = (*items)[0].actor;
      a->agent = (*items)[0].agent;
      if (items->size() > 1) a->index = ps + 1;  // a coded compound, expanded later
    }
  } else if (set.kind == PatternSet::Kind::kAgent) {  // an agent converted to an actor
    a->actor = set.agent;
  }
  a->where = loc;
}

int Sentence::GetActorHead(int loc, bool* fmatch) {
  if (HasHead(loc, T(WordType::kPronoun))) loc = GetReference(loc);
  int istart = loc;
  while (istart >= 0 && !HasHead(istart, T(WordType::kActor))) --istart;
  if (istart < 0) {
    *fmatch = false;
    return loc;
  }
  *fmatch = true;
  return istart;
}

int Sentence::GetActorTail(int loc) {
  if (HasHead(loc, T(WordType::kPronoun))) return loc;
  while (loc < iend_clause_ && !HasTail(loc, T(WordType::kActor))) ++loc;
  return loc;
}

int Sentence::GetCompound(int loc, bool* fmatch) {
  int istart;
  if (HasHead(loc, T(WordType::kCompound))) {
    if (!CheckTailTag(loc, T(WordType::kCompound))) return -1;
    istart = loc;
  } else {
    istart = GetCompound(loc);
    if (istart < 0) return -1;
  }
  *fmatch = true;
  return istart;
}

int Sentence::GetCompound(int loc) {
  const int idx = GetTailIndex(loc, T(WordType::kCompound));
  if (!idx) return -1;
  int istart = loc;
  while (istart >= 0 && !CheckHead(istart, T(WordType::kCompound), idx)) --istart;
  return istart;
}

void Sentence::FindAgent(int loc, ActorStruct* a) {
  bool found = false, former = false;
  int tloc = GetActorTail(loc);
  auto is_former = [&](int k) {
    return Type(k) == WordType::kAdjctv && k >= 0 && k < static_cast<int>(synt_.size()) &&
           synt_[k].iroot == dict_.root_former;
  };
  auto agent_code = [&](int k) {
    const int ps = dict_.root(synt_[k].iroot).pset;
    return ps < 0 ? 0 : dict_.pset(ps).agent;
  };
  if (is_former(tloc + 1)) {
    former = true;
    ++tloc;
  }
  if (loc > 0 && !former && is_former(loc - 1)) former = true;
  const int elite = dict_.code_elite;
  if (Type(tloc + 1) == WordType::kAgent && HasHead(tloc + 1, T(WordType::kAgent))) {
    found = true;
    a->agtidx = synt_[tloc + 1].iroot;
    a->agent = former ? elite : agent_code(tloc + 1);
  } else {
    if (Type(loc - 1) == WordType::kPrep) --loc;  // "activists in Arnor"
    if (Type(loc - 1) == WordType::kAgent && HasTail(loc - 1, T(WordType::kAgent))) {
      int istart = loc - 1;
      while (istart >= 0 && !HasHead(istart, T(WordType::kAgent))) --istart;
      if (istart >= 0) {
        found = true;
        a->agtidx = synt_[istart].iroot;
        if (istart > 0 && !former && is_former(istart - 1)) former = true;
        a->agent = former ? elite : agent_code(istart);
      }
    }
  }
  if (!found) {
    a->agent = 0;
    a->agtidx = 0;
  }
}

void Sentence::FindActor(int loc, int* found, ActorStruct* a) {
  while (loc <= iend_clause_) {
    if (Type(loc) == WordType::kActor && HasHead(loc, T(WordType::kActor))) {
      GetActorStructCodes(a, loc);
      FindAgent(loc, a);
      *found = loc;
      return;
    }
    ++loc;
  }
  *found = -1;
}

void Sentence::BackActor(int loc, int* found, ActorStruct* a) {
  bool ok = false;
  while (loc >= istart_clause_ && !ok) {
    if (Type(loc) == WordType::kActor) {
      loc = GetActorHead(loc, &ok);
      if (!ok) {
        *found = -1;
        return;
      }
      GetActorStructCodes(a, loc);
      FindAgent(loc, a);
    } else {
      --loc;
    }
  }
  *found = ok ? loc : -1;
}

void Sentence::SetDefaultSource() {
  source_ = ActorStruct();
  source_.actor = opts_.default_source;
  source_.where = def_slot_;
  regular_source_ = true;
}

void Sentence::SetDefaultTarget() {
  target_ = ActorStruct();
  target_.actor = opts_.default_target;
  target_.where = def_slot_;
  regular_target_ = true;
}

void Sentence::GetRegularSource(int index) {
  int loc = istart_clause_, locfound = 0;
  bool found = false;
  ActorStruct act;
  while (!found && locfound >= 0) {
    FindActor(loc, &locfound, &act);
    if (locfound < 0) break;
    if (opts_.default_prior && locfound > index) {
      SetDefaultSource();
      return;
    }
    if (!ActorEqual(act, target_)) {
      source_ = act;
      found = true;
      regular_source_ = true;
    } else {
      loc = locfound + 1;
    }
  }
  if (!found && opts_.has_default_source) SetDefaultSource();
}

void Sentence::GetRegularTarget(int index) {
  int loc = index + 1, locfound = 0;
  bool found = false;
  ActorStruct act;
  while (!found && locfound >= 0) {
    FindActor(loc, &locfound, &act);
    if (locfound < 0) break;
    if (!ActorEqual(act, source_)) {
      target_ = act;
      found = true;
      regular_target_ = true;
    } else {
      loc = locfound + 1;
    }
  }
  if (found) return;
  if (opts_.default_after) {
    SetDefaultTarget();
    return;
  }
  loc = index - 1;  // then look before the verb
  locfound = 0;
  for (int guard = 0; !found && locfound >= 0 && guard < 256; ++guard) {
    BackActor(loc, &locfound, &act);
    if (locfound < 0) break;
    if (!ActorEqual(act, source_)) {
      target_ = act;
      found = true;
    } else {
      loc = locfound - 1;
    }
  }
  if (found) return;
  // A compound source with no other actor codes a reflexive event among its members.
  if (source_.index || (synt_[source_.where].flags & kSyntCompound)) {
    target_ = source_;
  } else if (opts_.has_default_source) {
    SetDefaultTarget();
  }
}

bool Sentence::CheckPassive(int index) {
  if (Type(index + 1) != WordType::kByword && Type(index + 2) != WordType::kByword &&
      Type(index + 3) != WordType::kByword) {
    return false;
  }
  const bool passive = (index > 0 && Type(index - 1) == WordType::kAuxil) ||
                       (index > 1 && Type(index - 2) == WordType::kAuxil);
  if (passive) passive_ = true;
  return passive;
}

// ---------------------------------------------------------------- events

void Sentence::PutEvent(const EventCode& code, const std::string* where, int index,
                        const ActorStruct& s, const ActorStruct& t) {
  ++n_events_;
  if (n_events_ >= kMaxEvents || (code.pair && n_events_ >= kMaxEvents - 1)) {
    --n_events_;
    return;
  }
  if (n_events_ > 0) events_[n_events_ - 1].next = n_events_;
  EventRec& e = events_[n_events_];
  e = EventRec();
  e.src = s;
  e.tar = t;
  e.evtloc = index;
  e.where = where;
  e.event = code.code;
  e.fissub = code.sub;
  e.fisdom = code.dom;
  if (code.pair) {
    ++n_events_;
    events_[n_events_ - 1].next = n_events_;
    EventRec& p = events_[n_events_];
    p = EventRec();
    p.src = t;
    p.tar = s;
    p.evtloc = index;
    p.where = where;
    p.event = code.pair;
    p.fissub = code.pair_sub;
    p.fisdom = code.pair_dom;
  }
  events_[n_events_].next = -1;
}

void Sentence::MakeEvent(const EventCode& code, const std::string* where, int index) {
  if (code.IsPlainNull()) return;
  if (ActorEmpty(source_)) GetRegularSource(index);
  if (ActorEmpty(target_)) GetRegularTarget(index);
  if (ActorEmpty(source_) || ActorEmpty(target_)) return;
  if (regular_source_ && regular_target_ && CheckPassive(index)) std::swap(source_, target_);
  const int compd_src = synt_[source_.where].flags & kSyntCompound;
  const int compd_tar = synt_[target_.where].flags & kSyntCompound;
  if (!compd_src && !compd_tar) {
    PutEvent(code, where, index, source_, target_);
  } else {  // a syntactic compound: one event per member
    const int cmp = T(WordType::kCompound);
    auto next_member = [&](int* idx, bool* more) -> bool {
      ++*idx;
      while (!synt_[*idx].iroot || synt_[*idx].wtype != WordType::kActor) {
        if (++*idx >= isynt_) return false;
      }
      int k = *idx;
      while (!HasTail(k, T(WordType::kActor))) {
        if (++k >= isynt_) return false;
      }
      if (HasTail(k, cmp)) *more = false;
      return true;
    };
    bool cmp_src = compd_src && CheckTailTag(source_.where, cmp);
    int isrc = cmp_src ? GetCompound(source_.where) : source_.where;
    if (isrc < 0) isrc = source_.where;
    while (true) {
      ActorStruct ts;
      if (isrc == def_slot_) {
        ts = source_;
      } else {
        GetActorStructCodes(&ts, isrc);
        FindAgent(isrc, &ts);
      }
      bool cmp_tar = compd_tar && CheckTailTag(target_.where, cmp);
      int itar = cmp_tar ? GetCompound(target_.where) : target_.where;
      if (itar < 0) itar = target_.where;
      while (true) {
        ActorStruct tt;
        if (itar == def_slot_) {
          tt = target_;
        } else {
          GetActorStructCodes(&tt, itar);
          FindAgent(itar, &tt);
        }
        PutEvent(code, where, index, ts, tt);
        if (!cmp_tar) break;
        if (!next_member(&itar, &cmp_tar)) return;
      }
      if (!cmp_src) break;
      if (!next_member(&isrc, &cmp_src)) return;
    }
  }
  if (!regular_source_) source_ = ActorStruct();  // set by a pattern: not carried on
  if (!regular_target_) target_ = ActorStruct();
}

void Sentence::DoVerb(int index) {
  target_ = ActorStruct();
  if (passive_) {  // the previous verb was passive: find this one's subject afresh
    source_ = ActorStruct();
    passive_ = false;
  }
  const int ps = dict_.root(synt_[index].iroot).pset;
  if (ps < 0) return;
  const PatternSet& set = dict_.pset(ps);
  bool got_pattern = false, got_alt = false;
  const int old_events = n_events_;
  int maxlen = 0;
  for (const Pattern& pat : set.patterns) {
    if (got_pattern) break;
    if (got_alt && pat.length <= maxlen) {  // nothing longer left to beat the match
      got_pattern = true;
      break;
    }
    index_source_ = index_target_ = index_attrib_ = index_compound_ = -1;
    if (!CheckPattern(pat, index, WordType::kVerb)) continue;
    bool make = false;
    if (lenalt_) {  // matched through {..|..}: a longer pattern may still win
      got_alt = true;
      if (pat.length + lenalt_ > maxlen) {
        make = true;
        maxlen = pat.length - pat.maxalt + lenalt_;
      }
    } else {
      got_alt = false;
      got_pattern = true;
      make = true;
    }
    if (!make) continue;
    if (index_source_ >= 0) {
      GetActorStructCodes(&source_, index_source_);
      FindAgent(index_source_, &source_);
    }
    if (index_target_ >= 0) {
      GetActorStructCodes(&target_, index_target_);
      FindAgent(index_target_, &target_);
    }
    if (index_compound_ >= 0) {
      GetActorStructCodes(&source_, index_compound_);
      GetActorStructCodes(&target_, index_compound_);
    }
    n_events_ = old_events;  // an alternative pattern may be overridden
    MakeEvent(pat.event, &pat.where, index);
  }
  if (!got_pattern && set.has_code) {
    index_source_ = index_target_ = index_attrib_ = index_compound_ = -1;
    MakeEvent(set.event, &set.where, index);
  }
}

bool Sentence::SetClauseBounds() {
  const int clause = T(WordType::kClause);
  if (!has_clauses_ || opts_.ignore_conj) {
    if (iend_clause_ >= 0) return false;
    istart_clause_ = 0;
    iend_clause_ = ilex_;
    return true;
  }
  if (iend_clause_ >= 0) {
    istart_clause_ = iend_clause_ + 1;
    while (istart_clause_ <= ilex_ && !HasHead(istart_clause_, clause)) ++istart_clause_;
    if (istart_clause_ > ilex_) return false;
  } else {
    istart_clause_ = 0;
  }
  iend_clause_ = istart_clause_;
  while (iend_clause_ < ilex_ && !HasTail(iend_clause_, clause)) ++iend_clause_;
  return true;
}

void Sentence::CheckVerbs() {
  source_ = ActorStruct();
  passive_ = false;
  istart_clause_ = 0;
  iend_clause_ = -1;
  int start_event = -1;
  while (SetClauseBounds()) {
    if (iend_clause_ - istart_clause_ < 2) continue;  // "sheep and goats", not a clause
    if (istart_clause_ && HasHead(istart_clause_, T(WordType::kActor))) {
      GetActorStructCodes(&source_, istart_clause_);  // a clause that opens with an actor
    }
    target_ = ActorStruct();
    int index = istart_clause_;
    bool got_event = false;
    if (opts_.code_mode == 0) start_event = n_events_;
    while (index <= iend_clause_) {
      if (SkipSegment(&index, T(WordType::kSubord))) continue;
      if (HasHead(index, T(WordType::kVerb))) {
        DoVerb(index);
        if (opts_.code_mode < 2) {
          for (int e = start_event + 1; e <= n_events_; ++e) {
            if (events_[e].fisevt && !events_[e].fissub) {
              got_event = true;
              if (opts_.code_mode == 1) return;
              break;
            }
          }
        }
      }
      if (got_event) break;
      ++index;
    }
  }
}

void Sentence::EvaluateEvents() {
  bool nonsub = false, dom = false, null = false;
  for (int k = 0; k <= n_events_; ++k) {
    EventRec& e = events_[k];
    if (e.event == kCodeNull) {
      e.fisevt = false;
      e.fissub = true;
      null = true;
    }
    if (e.event == kCodeDiscard) {
      event_discard_ = true;
      break;
    }
    if (e.event == kCodeComplex || e.src.actor == kCodeComplex || e.tar.actor == kCodeComplex) {
      event_complex_ = true;
      break;
    }
    if (e.fisdom) {
      dom = nonsub = true;
      break;
    }
    if (!nonsub && !e.fissub) nonsub = true;
  }
  for (int k = 0; k <= n_events_; ++k) {
    if (dom && !events_[k].fisdom) events_[k].fisevt = false;
    if (!dom && nonsub && events_[k].fissub) events_[k].fisevt = false;
  }
  if (dom || nonsub || null) {
    int kept = 0;
    for (int k = 0; k <= n_events_; ++k) {
      if (events_[k].fisevt) events_[kept++] = events_[k];
    }
    n_events_ = kept - 1;
    if (n_events_ >= 0) events_[n_events_].next = -1;
  }
}

bool Sentence::CheckEventDups(int ievt) const {
  const EventRec& a = events_[ievt];
  for (int k = 0; k < ievt; ++k) {
    const EventRec& b = events_[k];
    if (a.src.actor == b.src.actor && a.src.agent == b.src.agent && a.tar.actor == b.tar.actor &&
        a.tar.agent == b.tar.agent && a.event == b.event) {
      return true;
    }
  }
  return false;
}

bool Sentence::CheckSameActors(int ievt) const {
  const EventRec& e = events_[ievt];
  if (e.src.actor <= kCodeBlank || e.tar.actor <= kCodeBlank) return true;
  if (opts_.same_actors) return false;
  return e.src.actor == e.tar.actor && e.src.agent == e.tar.agent;
}

void Sentence::ExpandCompoundCodes() {
  int last = -1;
  int ievt = n_events_;
  for (int k = 0; k <= n_events_; ++k) {  // coded compound sources, in array order
    if (last >= 0) events_[last].next = k;
    last = k;
    const int next = events_[k].next;
    if (!events_[k].src.index) continue;
    const std::vector<ActorItem>* items = ItemsOf(events_[k].src.index);
    events_[k].src.index = 0;
    if (!items) continue;
    events_[k].src.actor = (*items)[0].actor;
    events_[k].src.agent = (*items)[0].agent;
    for (size_t i = 1; i < items->size(); ++i) {
      if (++ievt >= kMaxEvents) {
        n_events_ = kMaxEvents - 1;
        events_[n_events_].next = -1;
        return;
      }
      events_[last].next = ievt;
      events_[ievt] = events_[k];
      events_[ievt].src.actor = (*items)[i].actor;
      events_[ievt].src.agent = (*items)[i].agent;
      events_[ievt].next = next;
      last = ievt;
    }
  }
  n_events_ = ievt;
  last = -1;
  for (int k = 0; k >= 0;) {  // coded compound targets, in list order
    if (last >= 0) events_[last].next = k;
    last = k;
    const int next = events_[k].next;
    if (events_[k].tar.index) {
      const std::vector<ActorItem>* items = ItemsOf(events_[k].tar.index);
      events_[k].tar.index = 0;
      if (items) {
        events_[k].tar.actor = (*items)[0].actor;
        events_[k].tar.agent = (*items)[0].agent;
        for (size_t i = 1; i < items->size(); ++i) {
          if (++ievt >= kMaxEvents) {
            n_events_ = kMaxEvents - 1;
            events_[n_events_].next = -1;
            return;
          }
          events_[ievt] = events_[k];
          events_[ievt].tar.actor = (*items)[i].actor;
          events_[ievt].tar.agent = (*items)[i].agent;
          if (CheckSameActors(ievt) || CheckEventDups(ievt)) {
            --ievt;
          } else {
            events_[last].next = ievt;
            events_[ievt].next = next;
            last = ievt;
          }
        }
      }
    }
    k = next;
  }
  n_events_ = ievt;
}

std::string Sentence::Composite(int actor, int agent) const {
  const std::string& act = dict_.codes().Text(actor);
  if (!agent) return act;
  const std::string& agt = dict_.codes().Text(agent);
  if (!agt.empty() && agt[0] == '~') {  // role appended: GON + ~GOV = GONGOV
    const std::string role = agt.substr(1);
    size_t at = act.find(role);
    if (at != std::string::npos && at % 3 == 0) return act;  // already there
    return act + role;
  }
  std::string role = agt.empty() ? agt : agt.substr(0, agt.size() - 1);  // "NGM~": prefixed
  size_t at = act.find(role);
  if (at != std::string::npos && at % 3 == 0) return act;
  return role + act;
}

void Sentence::MakeEventStrings(TabariResult* result) {
  auto span = [&](const ActorStruct& a, uint32_t* b, uint32_t* e) {
    int loc = a.where;
    if (loc < 0 || loc > ilex_ || synt_[loc].lex < 0) return;
    int tail = loc;
    while (tail < ilex_ && !HasTail(tail, T(WordType::kActor)) &&
           !HasTail(tail, T(WordType::kNoun)) && !HasTail(tail, T(WordType::kAgent))) {
      ++tail;
    }
    if (!HasTail(tail, T(WordType::kActor))) tail = loc;
    *b = lex_[loc].begin;
    *e = lex_[tail].end;
  };
  for (int k = 0; k >= 0 && k <= n_events_; k = events_[k].next) {
    if (CheckSameActors(k) || CheckEventDups(k)) continue;
    const EventRec& e = events_[k];
    TabariEvent out;
    out.date = shifted_ ? shift_date_ : ctx_.date;
    out.source = Composite(e.src.actor, e.src.agent);
    out.target = e.tar.actor ? Composite(e.tar.actor, e.tar.agent) : "***";
    out.code = dict_.codes().Text(e.event);
    if (e.where) out.pattern = *e.where;
    span(e.src, &out.source_begin, &out.source_end);
    span(e.tar, &out.target_begin, &out.target_end);
    if (e.evtloc >= 0 && e.evtloc <= ilex_) {
      int tail = e.evtloc;
      while (tail < ilex_ && !HasTail(tail, T(WordType::kVerb))) ++tail;
      if (!HasTail(tail, T(WordType::kVerb))) tail = e.evtloc;
      out.verb_begin = lex_[e.evtloc].begin;
      out.verb_end = lex_[tail].end;
    }
    result->events.push_back(std::move(out));
  }
}

void Sentence::CollectActors(TabariResult* result) {
  istart_clause_ = 0;
  iend_clause_ = ilex_;
  for (int p = 0; p <= ilex_; ++p) {
    if (synt_[p].wtype != WordType::kActor || !HasHead(p, T(WordType::kActor)) ||
        HasHead(p, T(WordType::kPronoun)) || !synt_[p].iroot) {
      continue;
    }
    ActorStruct a;
    GetActorStructCodes(&a, p);
    if (!a.actor) continue;
    FindAgent(p, &a);
    TabariActor out;
    out.code = Composite(a.actor, a.agent);
    const int tail = GetActorTail(p);
    out.begin = lex_[p].begin;
    out.end = lex_[tail].end;
    for (const PhraseElem& e : dict_.root(synt_[p].iroot).phrase) {
      if (!out.phrase.empty()) out.phrase += ' ';
      out.phrase += dict_.literals().Text(e.id);
    }
    result->actors.push_back(std::move(out));
  }
}

bool Sentence::ShiftDate(const TimeCode& code) {
  if (code.is_index) {
    if (code.value == kCodeDiscard) {
      has_discard_ = true;
      return true;
    }
    if (code.value == kCodeComplex) {
      is_complex_ = true;
      complex_text_ = "Complex code in time-shift phrase";
      return true;
    }
    return false;  // a null code: keep looking
  }
  julian_ += code.value;
  shift_date_ = FormatTabariDate(julian_, opts_.four_digit_year);
  shifted_ = true;
  return true;
}

void Sentence::CheckTime() {
  istart_clause_ = 0;
  iend_clause_ = ilex_;
  for (int index = 0; synt_[index].wtype != WordType::kHalt; ++index) {
    if (!HasHead(index, T(WordType::kTime))) continue;
    const int ps = dict_.root(synt_[index].iroot).pset;
    if (ps < 0) continue;
    const PatternSet& set = dict_.pset(ps);
    for (const Pattern& pat : set.patterns) {
      if (CheckPattern(pat, index, WordType::kTime) && ShiftDate(pat.time)) return;
    }
    if (set.has_code) {
      if (ShiftDate(set.time)) return;
      while (index < ilex_ && !HasTail(index, T(WordType::kTime))) ++index;
    }
  }
}

void Sentence::CodeEvents(TabariResult* result) {
  events_.assign(kMaxEvents, EventRec());
  n_events_ = -1;
  auto problem = [&](const std::string& text) {
    result->problem = true;
    result->problem_text = text;
  };
  if (opts_.time_shift) CheckTime();
  if (has_discard_) return problem("Discard code found in text");
  if (is_complex_) return problem("Complex text: " + complex_text_);
  CheckVerbs();
  if (n_events_ < 0) return problem("No events found in text");
  EvaluateEvents();
  if (n_events_ < 0) return problem("Only null events found in text");
  if (event_discard_) return problem("Discard code found in verb pattern");
  if (event_complex_) return problem("Complex code found in verb pattern");
  ExpandCompoundCodes();
  MakeEventStrings(result);
  if (result->events.empty()) return problem("No valid events found in text");
}

}  // namespace faultline::tabari
