// python-migration-drop: schema drops in Python migrations and schema code: Alembic
// op.drop_table/op.drop_column (and batch_op.drop_column) in upgrade(), Django RemoveField and
// DeleteModel operations, SQLAlchemy MetaData.drop_all() outside tests. Django RunSQL and Alembic
// op.execute with literal SQL go to the SQL rules (PythonEmbeddedCode.cpp).
#include "python/PythonGuards.h"
#include "python/PythonFields.h"
#include "python/PythonKinds.h"
#include "python/PythonSyntax.h"
#include "semantic/Analyzers.h"
#include "StringHelpers.h"

#include <cctype>

namespace blastradius {

namespace {

using namespace python;

constexpr std::string_view RuleId = "python-migration-drop";

/// A condition that limits the code to tests, development or an explicit confirmation.
bool testsEnvironment(TSNode Condition, std::string_view Source) {
  if (testsConfirmation(Condition, Source))
    return true;
  std::string Lower(text(Condition, Source));
  for (char &C : Lower)
    C = static_cast<char>(std::tolower(static_cast<unsigned char>(C)));
  for (std::string_view Word : {"test", "debug", "develop", "local", "sqlite", "reset"})
    if (Lower.find(Word) != std::string::npos)
      return true;
  return false;
}

class Migrations {
public:
  explicit Migrations(SemanticContext &Context)
      : Context(Context), Source(Context.text()), Names(Context.pythonImports()) {}

  void run() {
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

  /// Whether Name is bound by an enclosing `with op.batch_alter_table(...) as Name`.
  bool isBatchOp(std::string_view Name, const std::vector<TSNode> &Ancestors) const {
    for (TSNode A : Ancestors) {
      if (!model::isKind(A, python::kind::WithStatement))
        continue;
      bool Found = false;
      walk(childOfWith(A), [&](TSNode N, const std::vector<TSNode> &) {
        if (Found || !model::isKind(N, python::kind::AsPattern))
          return;
        model::NodeList Values = namedChildren(N);
        if (Values.empty() || !model::isKind(Values.front(), python::kind::Call))
          return;
        if (Names.qualify(field(Values.front(), python::fields::Function)) != "alembic.op.batch_alter_table")
          return;
        for (TSNode Target : namedChildren(field(N, python::fields::Alias)))
          Found = Found || text(Target, Source) == Name;
      });
      if (Found)
        return true;
    }
    return false;
  }

  static TSNode childOfWith(TSNode With) {
    for (TSNode C : namedChildren(With))
      if (model::isKind(C, python::kind::WithClause))
        return C;
    return TSNode{};
  }

  void checkAlembic(TSNode Call, std::string_view Method, const std::vector<TSNode> &Ancestors) {
    TSNode Function = enclosingFunction(Ancestors);
    std::string_view FunctionName = text(field(Function, python::fields::Name), Source);
    if (!startsWith(FunctionName, "upgrade"))
      return; // downgrade() drops what upgrade() created: that is its job
    Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call),
                   "Alembic " + std::string(Method) + "() in " + std::string(FunctionName) +
                       "() deletes its data as soon as the migration runs");
  }

  void checkCall(TSNode Call, const std::vector<TSNode> &Ancestors) {
    TSNode Callee = field(Call, python::fields::Function);
    std::string Qualified = Names.qualify(Callee);
    std::string_view Method = calledName(Call, Source);
    if (Qualified == "alembic.op.drop_table" || Qualified == "alembic.op.drop_column") {
      checkAlembic(Call, Method, Ancestors);
      return;
    }
    if ((Method == "drop_column" || Method == "drop_table") && model::isKind(Callee, python::kind::Attribute) &&
        model::isKind(field(Callee, python::fields::Object), python::kind::Identifier) &&
        isBatchOp(text(field(Callee, python::fields::Object), Source), Ancestors)) {
      checkAlembic(Call, Method, Ancestors);
      return;
    }
    if (Qualified == "django.db.migrations.RemoveField" || Qualified == "django.db.migrations.DeleteModel" ||
        Qualified == "django.db.migrations.operations.RemoveField" ||
        Qualified == "django.db.migrations.operations.DeleteModel") {
      // SeparateDatabaseAndState(state_operations=[...]) changes Django's model state only.
      for (TSNode A : Ancestors)
        if (model::isKind(A, python::kind::KeywordArgument) && text(field(A, python::fields::Name), Source) == "state_operations")
          return;
      Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call),
                     "Django " + std::string(Method) + " drops the " +
                         (Method == "DeleteModel" ? "model's table" : "field's column") +
                         " and its data when the migration is applied");
      return;
    }
    if (Method == "drop_all" && model::isKind(Callee, python::kind::Attribute)) {
      if (isTestPath(Context.path()))
        return;
      TSNode Object = field(Callee, python::fields::Object);
      std::string ObjectName = Names.qualify(Object);
      bool Schema = endsWith(ObjectName, "metadata") || endsWith(ObjectName, "Metadata");
      if (!Schema && model::isKind(Object, python::kind::Identifier)) {
        // db = SQLAlchemy(app); metadata = MetaData()
        walk(Context.root(), [&](TSNode N, const std::vector<TSNode> &) {
          if (Schema || !model::isKind(N, python::kind::Assignment) || text(field(N, python::fields::Left), Source) != text(Object, Source))
            return;
          TSNode Right = field(N, python::fields::Right);
          std::string Constructor = model::isKind(Right, python::kind::Call) ? Names.qualify(field(Right, python::fields::Function)) : "";
          Schema = endsWith(Constructor, "MetaData") || endsWith(Constructor, "SQLAlchemy");
        });
      }
      if (!Schema)
        return;
      if (guardedOnPath(
              Call, Ancestors, Names, Source, [&](TSNode C) { return testsEnvironment(C, Source); }, nullptr))
        return;
      Context.report(RuleId, ts_node_start_byte(Call), ts_node_end_byte(Call),
                     std::string(text(Callee, Source)) + "() drops every table the metadata knows, data included");
    }
  }
};

class PythonMigrations final : public SemanticAnalyzer {
public:
  std::string_view name() const override { return "python-migrations"; }
  std::string_view description() const override {
    return "finds table and column drops in Alembic and Django migrations and SQLAlchemy drop_all()";
  }
  std::vector<std::string_view> ruleIds() const override { return {RuleId}; }
  bool appliesTo(std::string_view Language) const override { return Language == "python"; }
  void analyze(SemanticContext &Context) const override { Migrations(Context).run(); }
};

} // namespace

const SemanticAnalyzer &pythonMigrationsAnalyzer() {
  static const PythonMigrations Instance;
  return Instance;
}

} // namespace blastradius
