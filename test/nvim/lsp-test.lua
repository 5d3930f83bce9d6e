-- Headless Neovim (0.7+) as a second, independent LSP client for the Always On VPN language server.
-- Run through test/nvim/run.sh, or directly:
--   nvim --headless --clean -i NONE -c 'luafile test/nvim/lsp-test.lua' FILE
-- It starts `node $AOVPN_SERVER --stdio` on the current buffer (Neovim 0.7 has no vim.lsp.start, so it uses
-- vim.lsp.start_client + vim.lsp.buf_attach_client), prints what the server sends, checks the expectations that
-- are switched on by environment variables, shuts the server down and requires a clean exit (code 0).
--
--   AOVPN_SERVER    server script (default dist/server.js)
--   LANGUAGE_ID     languageId sent in didOpen (default from the file name: .xml -> xml, .log -> log, else plaintext)
--   LSP_TIMEOUT_MS  how long to wait for each answer (default 10000)
--   EXPECT_DIAG     a published diagnostic must have this code (e.g. a rule ID); unset: print what arrives
--   DIAG_WAIT_MS    with no EXPECT_DIAG, how long to collect diagnostics before going on (default 1500)
--   HOVER_AT        where to ask for a hover: "LINE:COL" (1-based, as editors show them) or a literal text whose
--                   first occurrence is used (position: its second character)
--   EXPECT_HOVER    the hover text must contain this (needs HOVER_AT)
--   EXPECT_ACTION   a code action whose title contains this must be offered at the EXPECT_DIAG diagnostic
--                   (or at HOVER_AT when EXPECT_DIAG is unset)
--   APPLY_ACTION=1  apply that action's edit; then EXPECT_AFTER (if set) must occur in the buffer
--
-- Output: lines starting with SERVER, CAPS, DIAG, HOVER, ACTION, EDIT, EXIT, then "OK" (exit 0) or "FAIL: …" (exit 1).

local function out(s) io.stdout:write(s .. '\n') end
local function env(name, default)
  local v = os.getenv(name)
  if v == nil or v == '' then return default end
  return v
end

local failed = false
local function fail(msg)
  out('FAIL: ' .. msg)
  failed = true
end
local function finish()
  if failed then vim.cmd('cquit 1') else out('OK'); vim.cmd('qa!') end
end

local timeout = tonumber(env('LSP_TIMEOUT_MS', '10000'))
local server = env('AOVPN_SERVER', 'dist/server.js')
local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
local uri = vim.uri_from_bufnr(bufnr)

local function language_id()
  local explicit = env('LANGUAGE_ID', nil)
  if explicit then return explicit end
  if fname:match('%.xml$') then return 'xml' end
  if fname:match('%.log$') then return 'log' end
  return 'plaintext'
end

if fname == '' or vim.fn.filereadable(fname) == 0 then
  fail('no readable file given (usage: nvim --headless --clean -c "luafile test/nvim/lsp-test.lua" FILE)')
  return finish()
end
if vim.fn.filereadable(server) == 0 then
  fail('server script not found: ' .. server .. ' (build it with `node esbuild.mjs`, or set AOVPN_SERVER)')
  return finish()
end

-- raw LSP diagnostics as published (UTF-16 ranges), kept for the code-action request
local published = {}
local init_result
local exit_code

local id = vim.lsp.start_client({
  name = 'aovpn',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  get_language_id = function() return language_id() end,
  on_init = function(_, result) init_result = result end,
  on_exit = function(code, signal) exit_code = code; if signal ~= 0 then out('EXIT signal ' .. signal) end end,
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      if result and result.uri == uri then published = result.diagnostics or {} end
      return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
    end,
  },
})
if not id then
  fail('vim.lsp.start_client returned nil')
  return finish()
end
local client = vim.lsp.get_client_by_id(id)
vim.lsp.buf_attach_client(bufnr, id) -- didOpen is sent once the server is initialized

if not vim.wait(timeout, function() return init_result ~= nil or exit_code ~= nil end, 20) then
  fail('no answer to initialize within ' .. timeout .. ' ms')
  client.stop(true)
  return finish()
end
if not init_result then
  fail('server exited during initialize (code ' .. tostring(exit_code) .. ')')
  return finish()
end

local info = init_result.serverInfo or {}
out(string.format('SERVER %s %s', info.name or '(no serverInfo)', info.version or ''))
local caps = init_result.capabilities or {}
local names = {}
for k, _ in pairs(caps) do table.insert(names, k) end
table.sort(names)
-- (Neovim 0.7 fills in a textDocumentSync entry of its own when the server sends none)
out('CAPS ' .. (#names > 0 and table.concat(names, ' ') or '(none)') ..
  ' | textDocumentSync=' .. vim.inspect(caps.textDocumentSync, { newline = '', indent = '' }))

-- diagnostics
local expect_diag = env('EXPECT_DIAG', nil)
local function find_diag()
  for _, d in ipairs(published) do
    if tostring(d.code) == expect_diag then return d end
  end
end
if expect_diag then
  vim.wait(timeout, function() return find_diag() ~= nil end, 20)
else
  vim.wait(tonumber(env('DIAG_WAIT_MS', '1500')), function() return #published > 0 end, 20)
end
for _, d in ipairs(published) do
  out(string.format('DIAG %d:%d-%d:%d sev=%s code=%s %s: %s', d.range.start.line + 1, d.range.start.character + 1,
    d.range['end'].line + 1, d.range['end'].character + 1, tostring(d.severity), tostring(d.code),
    d.source or '', (d.message or ''):gsub('\n', ' | ')))
end
if #published == 0 then out('DIAG (none)') end
local target_diag
if expect_diag then
  target_diag = find_diag()
  if not target_diag then fail('no diagnostic with code ' .. expect_diag .. ' within ' .. timeout .. ' ms') end
end

-- hover
local hover_at = env('HOVER_AT', nil)
local hover_pos
if hover_at then
  local l, c = hover_at:match('^(%d+):(%d+)$')
  if l then
    hover_pos = { line = tonumber(l) - 1, character = tonumber(c) - 1 }
  else
    local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
    for i, line in ipairs(lines) do
      local s = line:find(hover_at, 1, true)
      if s then
        -- ASCII fixtures: byte column == UTF-16 column
        hover_pos = { line = i - 1, character = s }
        break
      end
    end
    if not hover_pos then fail('HOVER_AT text not found in the file: ' .. hover_at) end
  end
end
local expect_hover = env('EXPECT_HOVER', nil)
if expect_hover and not hover_at then fail('EXPECT_HOVER needs HOVER_AT') end
if hover_pos and not caps.hoverProvider then
  out('HOVER skipped: the server does not advertise hoverProvider')
  if expect_hover then fail('EXPECT_HOVER set, but the server does not advertise hoverProvider') end
elseif hover_pos then
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = hover_pos }, timeout)
  local text
  for _, r in pairs(res or {}) do
    if r.error then out('HOVER error: ' .. vim.inspect(r.error)) end
    local c = r.result and r.result.contents
    if c then
      if type(c) == 'string' then text = c
      elseif c.value then text = c.value
      else
        local parts = {}
        for _, p in ipairs(c) do table.insert(parts, type(p) == 'string' and p or p.value or '') end
        text = table.concat(parts, '\n')
      end
    end
  end
  out(string.format('HOVER %d:%d %s', hover_pos.line + 1, hover_pos.character + 1,
    text and text:gsub('\n', ' | ') or '(no result)'))
  if expect_hover then
    if not text then fail('no hover at ' .. hover_at)
    elseif not text:find(expect_hover, 1, true) then fail('hover does not contain "' .. expect_hover .. '"') end
  end
end

-- code action
local expect_action = env('EXPECT_ACTION', nil)
if expect_action then
  local range = target_diag and target_diag.range or (hover_pos and { start = hover_pos, ['end'] = hover_pos })
  if not caps.codeActionProvider then
    fail('EXPECT_ACTION set, but the server does not advertise codeActionProvider')
  elseif not range then
    fail('EXPECT_ACTION needs EXPECT_DIAG or HOVER_AT')
  else
    local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
      textDocument = { uri = uri }, range = range,
      context = { diagnostics = target_diag and { target_diag } or {} },
    }, timeout)
    local chosen
    for _, r in pairs(res or {}) do
      if r.error then out('ACTION error: ' .. vim.inspect(r.error)) end
      for _, a in ipairs(r.result or {}) do
        out('ACTION ' .. (a.title or '?') .. (a.kind and (' [' .. a.kind .. ']') or ''))
        if not chosen and a.title and a.title:find(expect_action, 1, true) then chosen = a end
      end
    end
    if not chosen then
      fail('no code action titled like "' .. expect_action .. '"')
    elseif env('APPLY_ACTION', '') == '1' then
      if chosen.edit then
        vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding or 'utf-16')
      elseif chosen.command then
        fail('the action is a command, not an edit; applying commands is not supported here')
      else
        fail('the action has no edit')
      end
      local text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')
      local after = env('EXPECT_AFTER', nil)
      if after then
        if text:find(after, 1, true) then out('EDIT applied; buffer contains "' .. after .. '"')
        else fail('after applying the action the buffer does not contain "' .. after .. '"') end
      else
        out('EDIT applied')
      end
    end
  end
end

-- clean shutdown: shutdown request + exit notification; the server must exit with code 0
client.stop()
if not vim.wait(timeout, function() return exit_code ~= nil end, 20) then
  fail('server did not exit within ' .. timeout .. ' ms after shutdown/exit')
  client.stop(true)
else
  out('EXIT ' .. tostring(exit_code))
  if exit_code ~= 0 then fail('server exited with code ' .. tostring(exit_code)) end
end
finish()
