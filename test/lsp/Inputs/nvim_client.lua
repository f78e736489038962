-- Neovim's built-in LSP client (0.7 API: vim.lsp.start_client, buf_attach_client) against
-- `blastradius lsp`: open a Terraform file and a workflow, wait for the diagnostics Neovim
-- received, hover, edit the buffer and see the finding go. Writes one line per observation to
-- $NVIM_LSP_OUT; never waits longer than a few seconds for anything.
local blastradius = os.getenv('BLASTRADIUS')
local root = os.getenv('WORKSPACE')
local out_path = os.getenv('NVIM_LSP_OUT')
local out = {}
local function say(line) table.insert(out, line) end

local function finish()
  vim.fn.writefile(out, out_path)
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'blastradius',
    cmd = { blastradius, 'lsp', '--debounce-ms', '50' },
    root_dir = root,
  })
  say('client started: ' .. tostring(client_id ~= nil))

  local function diagnostics_of(buf)
    local items = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      table.insert(items, string.format('%s %d:%d-%d:%d severity=%d', tostring(code), d.lnum, d.col,
        d.end_lnum, d.end_col, d.severity))
    end
    table.sort(items)
    return items
  end

  vim.cmd('edit ' .. root .. '/infra/main.tf')
  local tf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(tf, client_id)
  local got = vim.wait(15000, function() return #vim.diagnostic.get(tf) > 0 end, 20)
  say('main.tf diagnostics arrived: ' .. tostring(got))
  for _, line in ipairs(diagnostics_of(tf)) do say('main.tf ' .. line) end

  -- Hover over the first finding: the rule's help, through Neovim's request API.
  local first = vim.diagnostic.get(tf)[1]
  local params = { textDocument = { uri = vim.uri_from_bufnr(tf) },
                   position = { line = first.lnum, character = first.col } }
  local replies = vim.lsp.buf_request_sync(tf, 'textDocument/hover', params, 5000) or {}
  for _, reply in pairs(replies) do
    if reply.result then
      say('hover: ' .. vim.split(reply.result.contents.value, '\n')[1])
    end
  end

  -- Edit the buffer (unsaved): force_destroy = false on line 3 removes that finding.
  vim.api.nvim_buf_set_lines(tf, 2, 3, false, { '  force_destroy = false' })
  local before = #vim.diagnostic.get(tf)
  got = vim.wait(15000, function() return #vim.diagnostic.get(tf) == before - 1 end, 20)
  say('after the edit, one finding less: ' .. tostring(got))
  for _, line in ipairs(diagnostics_of(tf)) do say('edited main.tf ' .. line) end

  -- A workflow: the shell finding inside run: at its column.
  vim.cmd('edit ' .. root .. '/.github/workflows/deploy.yml')
  local wf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(wf, client_id)
  got = vim.wait(15000, function() return #vim.diagnostic.get(wf) > 0 end, 20)
  say('deploy.yml diagnostics arrived: ' .. tostring(got))
  for _, line in ipairs(diagnostics_of(wf)) do say('deploy.yml ' .. line) end

  vim.lsp.stop_client(client_id)
  vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  say('client stopped: ' .. tostring(vim.lsp.get_client_by_id(client_id) == nil))
end)
if not ok then say('lua error: ' .. tostring(err)) end
finish()
