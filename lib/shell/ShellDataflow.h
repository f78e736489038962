// A small dataflow over one bash/sh script, computed once per script in two linear walks: for every variable,
// the events that make it non-empty or possibly empty (assignments, `read`, `${X:?}`, `${X:=d}`, tests that
// guard what follows), each with the region of the script in which it surely happened; whether `set -u` is in
// force; and every command, in source order.
//
// What "at a point" means (honest approximations, documented in
// rules/bash/bash-recursive-rm-unguarded-variable/README.md):
//  - Order is source order. The latest event before the point decides when its region (the branch,
//    loop body, `&&` right side, case branch, subshell, function body it sits in) encloses the point;
//    an event in a region that does not enclose the point may or may not have happened, so it is
//    joined with the earlier ones (non-empty only when every candidate is non-empty). Loops are not
//    iterated.
//  - Functions: events inside a function body apply to later points of that body. Its assignments and
//    `exit` guards also apply after each of its call sites (and `trap NAME`), two call levels deep; its
//    `local` variables and `return` guards do not. A point inside a function that nothing earlier in
//    the function decides is judged at each of its call sites (up to 16), or at its definition when it
//    is never called; `$1`... inside a function is an argument and may be empty.
//  - Never assigned in the script: read from the environment, may be unset or empty (Unknown).
#ifndef BLASTRADIUS_SHELL_SHELLDATAFLOW_H
#define BLASTRADIUS_SHELL_SHELLDATAFLOW_H

#include "shell/ShellWords.h"

#include <tree_sitter/api.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius::shell {

enum class Emptiness {
  NonEmpty,   // surely set to something non-empty
  Unknown,    // never set by the script: unset or whatever the environment holds
  MaybeEmpty, // set from something that may be empty (a command's output,
              // `read`, "", ${X:-})
};

class ShellDataflow {
public:
  ShellDataflow(TSNode Root, std::string_view Text);

  /// Deeper trees are not walked (tree-sitter recovers from anything, some inputs nest absurdly):
  /// a named node deeper than this below the root is an analysis limit, noted when it is met.
  static constexpr unsigned MaxDepth = 2000;

  struct CommandSite {
    TSNode Node;
    int Function = -1; // index of the enclosing function, -1 at the top level
  };
  /// Every `command` node, in source order.
  const std::vector<CommandSite> &commands() const { return Commands; }

  /// What Var holds at Offset (inside Function, -1 for the top level).
  Emptiness emptinessAt(std::string_view Var, uint32_t Offset, int Function) const;
  /// Whether `set -u` (nounset) is surely in force at Offset.
  bool nounsetAt(uint32_t Offset, int Function) const;
  /// Whether an expansion part (Parameter or Computed) may expand to nothing at its place. An unset variable
  /// under `set -u` aborts the script instead, so it counts as not empty there; an empty one still expands to
  /// nothing, and stays "may be empty".
  bool mayBeEmpty(const WordPart &Part, int Function) const;

private:
  struct Region {
    uint32_t Begin = 0, End = UINT32_MAX;
    bool contains(uint32_t Offset) const { return Begin <= Offset && Offset < End; }
  };
  struct Event {
    uint32_t Offset = 0;
    Region Where;
    int Function = -1;
    Emptiness State = Emptiness::MaybeEmpty;
    TSNode Value{};           // an assignment's value, judged on demand (it may name
                              // other variables)
    uint32_t ValueOffset = 0; // where a copied event's value is judged (0: at the value)
    int ValueFunction = -2;   // and in which function (-2: the event's own)
    bool Propagates = true;   // applies after a call of its function (not
                              // `local`, not a `return` guard)
  };
  struct CallSite {
    uint32_t Offset = 0;
    Region Where;
    int Function = -1;
  };
  struct Function {
    std::string Name;
    Region Body;
    int DefinedIn = -1;
    uint32_t DefinedAt = 0;
    std::vector<CallSite> CallSites; // calls from outside the body, and `trap NAME`
  };
  struct Frame;
  struct WalkStep;

  void collectFunctions(TSNode Root);
  void walk(TSNode Root);
  void walkIf(WalkStep &S);
  void walkList(WalkStep &S);
  void walkLoop(WalkStep &S);
  void walkScoped(WalkStep &S);
  void walkFunctionDefinition(WalkStep &S);
  void walkDeclaration(WalkStep &S);
  void walkAssignment(WalkStep &S);
  void walkExpansion(WalkStep &S);
  void walkCommand(WalkStep &S);
  void addEvent(const std::string &Var, uint32_t Offset, const Region &Where, int Func, Emptiness State,
                TSNode Value = TSNode{}, bool Propagates = true);
  void addGuards(TSNode Condition, bool WhenTrue, uint32_t Offset, const Region &Where, int Func, bool Propagates);
  void recordCommandEffects(TSNode Command, const std::string &Name, const Region &Where, int Func);
  void propagateCalls();
  Emptiness resolve(const std::string &Var, uint32_t Offset, int Func, unsigned Depth) const;
  Emptiness judgeEvent(const Event &E, unsigned Depth) const;
  Emptiness judgeValue(TSNode Value, uint32_t Offset, int Func, unsigned Depth) const;
  Emptiness partEmptiness(const WordPart &Part, uint32_t Offset, int Func, unsigned Depth) const;
  bool exitsAlways(TSNode Statement) const;
  int functionNamed(std::string_view Name) const;

  std::string_view Text;
  std::vector<CommandSite> Commands;
  std::vector<Function> Functions;
  std::map<std::string, std::vector<Event>, std::less<>> Events;
  std::vector<bool> FunctionExits;              // the function's body ends in `exit`
  std::set<std::pair<int, std::string>> Locals; // (function, variable) declared `local` there
  bool ShebangNounset = false;
  /// Resolutions left for the current public query: call-site joins nest, and a query must stay cheap
  /// whatever the script's call graph looks like. Exhausted means "may be empty".
  mutable unsigned Budget = 0;
};

} // namespace blastradius::shell

#endif
