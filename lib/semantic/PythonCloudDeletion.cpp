// python-cloud-resource-delete: boto3 calls that delete whole cloud resources (buckets, stacks,
// instances, databases, tables) on clients and resources the file creates with boto3, with no
// dry-run or confirmation guard on the way to the call.
#include "python/PythonData.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonGuards.h"
#include "python/PythonSyntax.h"
#include "semantic/Analyzers.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace blastradius {

namespace {

using namespace python;

constexpr std::string_view RuleId = "python-cloud-resource-delete";

/// What a boto3 value is: a client, a resource (service), a session, a whole-resource object
/// (Bucket, Table, Instance, Stack), a collection (bucket.objects.all()) or a single object.
enum class Kind { None, Session, Client, Service, Whole, Collection, Single };

class CloudDeletion {
public:
  explicit CloudDeletion(SemanticContext &Context)
      : Context(Context), Source(Context.text()), Names(Context.pythonImports()) {}

  void run() {
    collectAssignments();
    static const model::KindSet Calls{&python::kind::Call};
    walkKinds(Context.root(), Calls, [&](TSNode N, const std::vector<TSNode> &Ancestors) {
      checkCall(N, Ancestors);
      return true;
    });
  }

private:
  SemanticContext &Context;
  std::string_view Source;
  const Imports &Names;
  std::vector<std::pair<std::string_view, TSNode>> Assignments;
  std::map<std::string, Kind, std::less<>> Tracked;

  void collectAssignments() {
    static const model::KindSet Binders{&python::kind::Assignment, &python::kind::ForStatement, &python::kind::AsPattern};
    walkKinds(Context.root(), Binders, [&](TSNode N, const std::vector<TSNode> &) {
      if (model::isKind(N, python::kind::Assignment) && !ts_node_is_null(field(N, python::fields::Right))) {
        TSNode Left = field(N, python::fields::Left);
        if (model::isKind(Left, python::kind::Identifier) || model::isKind(Left, python::kind::Attribute))
          Assignments.emplace_back(text(Left, Source), field(N, python::fields::Right));
      } else if (model::isKind(N, python::kind::ForStatement)) {
        TSNode Left = field(N, python::fields::Left);
        if (model::isKind(Left, python::kind::Identifier) && !ts_node_is_null(field(N, python::fields::Right)))
          Assignments.emplace_back(text(Left, Source), field(N, python::fields::Right)); // for bucket in s3.buckets.all()
      } else if (model::isKind(N, python::kind::AsPattern)) {
        model::NodeList Values = namedChildren(N);
        for (TSNode Target : namedChildren(field(N, python::fields::Alias)))
          if (model::isKind(Target, python::kind::Identifier) && !Values.empty())
            Assignments.emplace_back(text(Target, Source), Values.front());
      }
      return true;
    });
    // Names are tracked file-wide by their written text; a few passes follow chains of them.
    for (int Pass = 0; Pass < 4; ++Pass) {
      bool Changed = false;
      for (const auto &[Name, Right] : Assignments) {
        Kind K = kindOf(Right, 0);
        auto It = Tracked.find(Name);
        if (K == Kind::None || (It != Tracked.end() && It->second == K))
          continue;
        Tracked[std::string(Name)] = K;
        Changed = true;
      }
      if (!Changed)
        break;
    }
  }

  Kind kindOf(TSNode Expr, unsigned Depth) const {
    if (ts_node_is_null(Expr) || Depth > 16)
      return Kind::None;
    if (model::isKind(Expr, python::kind::Identifier) || model::isKind(Expr, python::kind::Attribute)) {
      auto It = Tracked.find(text(Expr, Source));
      if (It != Tracked.end())
        return It->second;
      if (model::isKind(Expr, python::kind::Attribute)) {
        Kind Object = kindOf(field(Expr, python::fields::Object), Depth + 1);
        std::string_view Attribute = text(field(Expr, python::fields::Attribute), Source);
        // bucket.objects, bucket.object_versions, ec2.instances, s3.buckets: collections.
        if ((Object == Kind::Whole || Object == Kind::Service) &&
            (Attribute == "objects" || Attribute == "object_versions" || Attribute == "instances" ||
             Attribute == "buckets" || Attribute == "stacks" || Attribute == "tables" ||
             Attribute == "multipart_uploads"))
          return Kind::Collection;
      }
      return Kind::None;
    }
    if (!model::isKind(Expr, python::kind::Call))
      return Kind::None;
    TSNode Callee = field(Expr, python::fields::Function);
    std::string Qualified = Names.qualify(Callee);
    if (Qualified == "boto3.client")
      return Kind::Client;
    if (Qualified == "boto3.resource")
      return Kind::Service;
    if (Qualified == "boto3.Session" || Qualified == "boto3.session.Session" || Qualified == "aioboto3.Session")
      return Kind::Session;
    if (!model::isKind(Callee, python::kind::Attribute))
      return Kind::None;
    Kind Object = kindOf(field(Callee, python::fields::Object), Depth + 1);
    std::string_view Method = calledName(Expr, Source);
    if (Object == Kind::Session)
      return Method == "client" ? Kind::Client : Method == "resource" ? Kind::Service : Kind::None;
    if (Object == Kind::Service) {
      if (Method == "Bucket" || Method == "Table" || Method == "Instance" || Method == "Stack" ||
          Method == "DBInstance" || Method == "Volume")
        return Kind::Whole;
      if (!Method.empty() && std::isupper(static_cast<unsigned char>(Method[0])))
        return Kind::Single; // s3.Object(bucket, key), s3.ObjectSummary ...
      return Kind::None;
    }
    if (Object == Kind::Collection && (Method == "all" || Method == "filter" || Method == "limit" ||
                                       Method == "page_size"))
      return Kind::Collection;
    if (Object == Kind::Whole && (Method == "Object" || Method == "ObjectVersion"))
      return Kind::Single;
    return Kind::None;
  }

  bool guarded(TSNode Call, const std::vector<TSNode> &Ancestors) const {
    return guardedOnPath(
        Call, Ancestors, Names, Source, [&](TSNode C) { return testsConfirmation(C, Source); },
        [&](TSNode S) {
          // click.confirm(..., abort=True), confirm_or_exit(...)
          bool Found = false;
          walk(S, [&](TSNode N, const std::vector<TSNode> &) {
            if (!Found && model::isKind(N, python::kind::Call) && calledName(N, Source).find("confirm") != std::string_view::npos)
              Found = true;
          });
          return model::isKind(S, python::kind::ExpressionStatement) && Found;
        });
  }

  void checkCall(TSNode Call, const std::vector<TSNode> &Ancestors) {
    TSNode Callee = field(Call, python::fields::Function);
    if (!model::isKind(Callee, python::kind::Attribute))
      return;
    std::string_view Method = calledName(Call, Source);
    Kind Receiver = kindOf(field(Callee, python::fields::Object), 0);
    if (Receiver == Kind::None || Receiver == Kind::Single || Receiver == Kind::Session)
      return;
    Arguments Args = callArguments(Call, Source);
    // DryRun=True (or DryRun=args.dry_run: the caller decides) only checks permissions.
    TSNode DryRun = Args.keyword("DryRun");
    if (!ts_node_is_null(DryRun) && !isFalse(DryRun))
      return;

    std::string Detail;
    std::optional<Level> LevelOverride;
    if (Receiver == Kind::Client) {
      const CloudDelete *Entry = nullptr;
      for (const CloudDelete &D : cloudClientDeletes())
        if (D.Method == Method)
          Entry = &D;
      if (!Entry)
        return;
      Detail = std::string(Method) + "() deletes " + std::string(Entry->What);
      if (!Entry->WorseWithKeyword.empty()) {
        if (isTrue(Args.keyword(Entry->WorseWithKeyword)))
          Detail += " with " + std::string(Entry->WorseWithKeyword) + "=True (no final snapshot)";
        else
          LevelOverride = Level::Warning;
      }
    } else if (Receiver == Kind::Whole || Receiver == Kind::Collection) {
      if (Method != "delete" && Method != "terminate")
        return;
      Detail = std::string(text(Callee, Source)) + "() deletes " +
               (Receiver == Kind::Whole ? "the whole resource" : "every item of the collection");
    } else {
      return; // a resource (service) itself has no delete
    }
    if (guarded(Call, Ancestors))
      return;
    Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call), Detail, LevelOverride);
  }
};

class PythonCloudDeletion final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "python-cloud-deletion"; }
  std::string_view description() const override {
    return "finds boto3 deletes of buckets, stacks, instances, databases and tables without a dry-run or "
           "confirmation guard";
  }
  std::vector<std::string_view> ruleIds() const override { return {RuleId}; }
  bool appliesTo(std::string_view Language) const override { return Language == "python"; }
  void analyze(SemanticContext &Context) const override {
    // Tests delete the (mocked, moto) resources they created.
    if (!isTestPath(Context.path()))
      CloudDeletion(Context).run();
  }
};

} // namespace

const SemanticAnalyzer &pythonCloudDeletionAnalyzer() {
  static const PythonCloudDeletion Instance;
  return Instance;
}

} // namespace blastradius
