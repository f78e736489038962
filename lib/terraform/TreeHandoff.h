// A Terraform file's analysis reads its whole module (every *.tf of its directory: the variables,
// locals and resources a value leads to), so the module catalog parses every file of a directory
// that the scan parses too: a full scan of a module collection cost 2.6 times the bare parse. Here
// the two hand each other what they parsed, and no file is parsed twice: a module's build leaves the
// tree of each file the scan has yet to start, and the scan leaves each file it analysed, read as a
// module file, for the build of a module that no analysis has asked for yet (a module collection's
// examples ask for its modules long after the scan read them). Either is used only for the exact
// text it was read from (the same parser and bytes give the same tree, whoever parses). Bounded:
// what waits takes at most a set number of text bytes in each direction (a tree is far larger than
// its text); past that nothing more is kept and the file is parsed again. Thread-safe.
#ifndef BLASTRADIUS_TERRAFORM_TREEHANDOFF_H
#define BLASTRADIUS_TERRAFORM_TREEHANDOFF_H

#include "model/RegionParse.h"
#include "terraform/Module.h"

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <tree_sitter/api.h>

namespace blastradius::terraform {

class TreeHandoff {
public:
  /// Files: the absolute paths of the scan's files that may belong to a module (only those are
  /// kept); Called: the absolute directories the scan's files call as local modules (only their
  /// files are worth reading as module files ahead: a directory no file calls is read as a module
  /// only by its own files' analyses, which come together), or AllCalled; at most MaxTreeBytes of
  /// texts wait as trees, MaxFileBytes as module files.
  TreeHandoff(const std::vector<std::string> &Files, std::vector<std::string> Called, bool AllCalled,
              size_t MaxTreeBytes, size_t MaxFileBytes);
  ~TreeHandoff();
  TreeHandoff(const TreeHandoff &) = delete;
  TreeHandoff &operator=(const TreeHandoff &) = delete;

  /// A tree with the text it was parsed from.
  struct Taken {
    model::TreePtr Tree;
    std::string Text;
  };

  /// A module's build leaves the tree of File, parsed from Text. Returns true when it is kept (this
  /// then owns it): the scan has not started File, and the waiting texts stay under the bound.
  bool leaveForScan(const std::string &File, const std::string &Text, TSTree *Tree);
  /// The scan starts File: no tree is left for it from now on; the one a build left, if any, is the
  /// caller's.
  Taken start(const std::string &File);

  /// Whether the scan should leave File, once analysed, for the build of its module: its directory
  /// is called as a module.
  bool wantedForModule(const std::string &File) const;
  /// The scan leaves File read as a module file (its text and the model of it) for the build of its
  /// module. Returns true when it is kept (this then owns it).
  bool leaveForModule(const std::string &File, std::unique_ptr<ModuleFile> &Read);
  /// The module file the scan left for File if it was read from exactly Text (the caller owns it).
  std::unique_ptr<ModuleFile> takeForModule(const std::string &File, const std::string &Text);

private:
  struct Waiting {
    bool Started = false;
    Taken ForScan;
    std::unique_ptr<ModuleFile> ForModule;
  };

  std::unordered_set<std::string> Called;
  bool AllCalled;
  std::mutex Mutex;
  std::unordered_map<std::string, Waiting> ByFile;
  size_t TreeBytes = 0, MaxTreeBytes;
  size_t FileBytes = 0, MaxFileBytes;
};

} // namespace blastradius::terraform

#endif
