// The blastradius VS Code extension: starts `blastradius lsp` for every language the scanner knows
// and, where blastradius-clangd is installed, points the clangd extension at it so that
// `.clang-tidy` `Checks: blastradius-*` works in C++ too.
import * as fs from "fs";
import * as path from "path";
import * as vscode from "vscode";
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

/** The first executable named Name on PATH, or undefined. */
export function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) {
      continue;
    }
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Sets clangd.path to blastradius-clangd unless the user chose a clangd already. */
async function configureClangd(config: vscode.WorkspaceConfiguration): Promise<void> {
  if (!config.get<boolean>("configureClangd", true)) {
    return;
  }
  const clangd = config.get<string>("clangdPath") || findOnPath("blastradius-clangd");
  if (!clangd) {
    return;
  }
  const clangdConfig = vscode.workspace.getConfiguration("clangd");
  const current = clangdConfig.inspect<string>("path");
  if (current?.globalValue || current?.workspaceValue || current?.workspaceFolderValue) {
    return;
  }
  await clangdConfig.update("path", clangd, vscode.ConfigurationTarget.Global);
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const config = vscode.workspace.getConfiguration("blastradius");
  await configureClangd(config);

  const command = config.get<string>("path", "blastradius");
  const args = ["lsp", ...config.get<string[]>("extraArgs", [])];
  const serverOptions: ServerOptions = {
    run: { command, args, transport: TransportKind.stdio },
    debug: { command, args, transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    // C++ is clangd's (blastradius-clangd); every other file goes to blastradius, which skips
    // what it does not know.
    documentSelector: [
      { scheme: "file", language: "terraform" },
      { scheme: "file", language: "yaml" },
      { scheme: "file", language: "github-actions-workflow" },
      { scheme: "file", language: "shellscript" },
      { scheme: "file", language: "sql" },
      { scheme: "file", language: "python" },
      { scheme: "file", language: "dockerfile" },
      { scheme: "file", language: "json" },
      { scheme: "file", pattern: "**/*.{tf,hcl,yml,yaml,sh,bash,sql,py,json}" },
      { scheme: "file", pattern: "**/Dockerfile*" },
    ],
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{.blastradius.yaml,*.tf,*.json}"),
    },
  };
  client = new LanguageClient("blastradius", "blastradius", serverOptions, clientOptions);
  await client.start();
  context.subscriptions.push({ dispose: () => void client?.stop() });
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
