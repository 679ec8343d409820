// TABARI .options and .project files. TabariOptions holds every setting the coder and
// the validation runner honour; ApplyTabariOption applies one command line
// ("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR", "SET: CODE BY SENTENCE", "DEFAULT: ...",
// "FORWARD: ...", "COMMA: ...", "OUTPUT: ...", "LABEL: ...", "NONEVENTS: ..."), as the
// validation suite's "OPTION:" records do between records.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "code/legacy/tabari_tables.h"
#include "faultline/status.h"

namespace faultline::tabari {

struct TabariOptions {
  // COMPLEX: a sentence is "complex" (not coded) when a count reaches its limit.
  int cplx_verbs = 0, cplx_actors = 0, cplx_pronouns = 0, cplx_conj = 0, cplx_nonres = 0,
      cplx_late_verb = 0;
  bool cplx_no_actor_prior = false, cplx_no_actor_after = false, cplx_no_verb = false,
       cplx_no_source = false, cplx_no_target = false, cplx_no_event = false;
  bool cplx_explain = false;
  // COMMA: word-count limits for comma-delimited (subordinate) clauses.
  int min_subord = 2, max_subord = 10;
  int min_beg_subord = 128, max_beg_subord = 0;  // initial clauses: off by default
  int min_end_subord = 2, max_end_subord = 10;
  int min_lex = 7;    // SET: MINIMUM WORDS - 1, compared with the last word index
  int code_mode = 0;  // 0 by clause, 1 by sentence, 2 all
  bool four_digit_year = false;
  bool time_shift = false;
  bool fbis = false;
  bool convert_agents = false;
  bool ignore_conj = false;
  bool same_actors = false;
  // DEFAULT: codes for a missing source or target.
  bool has_default_source = false, has_default_target = false;
  bool default_prior = false, default_after = false;
  int default_source = 0, default_target = 0;  // CodeTable ids
  // FORWARD: record-id layout and pronoun forwarding between consecutive sentences.
  bool use_forward = false;
  int id_loc = -1, id_len = 0, story_loc = 0, story_len = 0, sent_loc = 0, sent_len = 0;
  bool has_doc = false;
  int nonevents = 0;
};

// Applies one option command. Codes named by DEFAULT: are interned in `codes`.
Status ApplyTabariOption(std::string_view command, TabariOptions* options, CodeTable* codes);

// Reads a .options file (comment lines start with '/' or '#', "~" ends the file).
Status ReadTabariOptions(const std::string& path, TabariOptions* options, CodeTable* codes);

Status ReadTabariOptionsText(const std::string& name, std::string_view text, TabariOptions* options,
                             CodeTable* codes);

struct TabariProject {
  std::string dir;  // directory of the .project file; relative names resolve here
  struct Dict {
    enum class Kind { kActors, kAgents, kVerbs } kind;
    std::string path;
  };
  std::vector<Dict> dictionaries;  // in project-file order, which TABARI loads in
  std::string options;
  std::vector<std::string> texts;
};

// Reads a .project file: <actorsfile>, <agentsfile>, <verbsfile>, <optionsfile>,
// <textfile>; bookkeeping tags (<coder>, <session>, <eventfile>, ...) are accepted and
// ignored. Paths come back resolved against the project's directory.
Status ReadTabariProject(const std::string& path, TabariProject* project);
// The same over text; names resolve against `path`'s directory.
Status ParseTabariProject(const std::string& path, std::string_view text, TabariProject* project);

}  // namespace faultline::tabari
