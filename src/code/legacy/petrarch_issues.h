// Reader for PETRARCH issue files (*Issue*.txt): phrases that tag an event with issue
// codes. Section headers <ISSUE CATEGORY="..."> ... </ISSUE> group them.
//   n:preschool [EARLY_CHILDHOOD_EDUCATION]   # n: noun with its regular plural
//   ethnic v:purge [ID_ATROCITY]              # v: regular verb forms (S, ED, ING)
//   pre+n:school [EARLY_CHILDHOOD_EDUCATION]  # + : written with a space or a hyphen
//   ~a head start                             # exclusion phrase (~~ : story level)
// Lines without a code and without '~' are notes and are skipped, as PETRARCH does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "faultline/status.h"

namespace faultline::petrarch {

struct IssueEntry {
  std::vector<std::string> words;  // folded tokens of one expanded form
  std::string code;                // empty for exclusions
  int exclusion = 0;               // 1: '~' sentence, 2: '~~' story
  std::string category;
  std::string id;
};

struct IssueList {
  std::vector<IssueEntry> entries;
};

Status ParseIssues(std::string_view file, std::string_view content, IssueList* list);
Status LoadIssues(const std::string& path, IssueList* list);

}  // namespace faultline::petrarch
