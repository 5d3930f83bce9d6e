-- Run after test/nvim/init-0.7.lua has attached the server to the current buffer (see run.sh): checks that a
-- diagnostic with code EXPECT_DIAG (if set) arrives and that a hover at the first occurrence of HOVER_AT contains
-- EXPECT_HOVER, then prints "OK" and exits 0, or "FAIL: …" and exits 1.
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg) out('FAIL: ' .. msg); vim.cmd('cquit 1') end
local bufnr = vim.api.nvim_get_current_buf()
local timeout = 10000
if not vim.wait(timeout, function() return next(vim.lsp.buf_get_clients(bufnr)) ~= nil end, 20) then
  return fail('no language client attached to ' .. vim.api.nvim_buf_get_name(bufnr) .. ' by the configuration')
end
for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do out('CLIENT ' .. c.name .. ' ' .. table.concat(c.config.cmd, ' ')) end

local expect_diag = os.getenv('EXPECT_DIAG')
if expect_diag and expect_diag ~= '' then
  local found = vim.wait(timeout, function()
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      if tostring(code) == expect_diag then return true end
    end
    return false
  end, 20)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do out(string.format('DIAG %d:%d %s', d.lnum + 1, d.col + 1, d.message)) end
  if not found then return fail('no diagnostic ' .. expect_diag) end
end

local needle = os.getenv('HOVER_AT')
if needle and needle ~= '' then
  local pos
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local s = line:find(needle, 1, true)
    if s then pos = { line = i - 1, character = s } break end
  end
  if not pos then return fail('HOVER_AT text not found: ' .. needle) end
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = vim.lsp.util.make_text_document_params(bufnr), position = pos }, timeout)
  local text = ''
  for _, r in pairs(res or {}) do
    local c = r.result and r.result.contents
    if c then text = text .. (type(c) == 'string' and c or c.value or '') end
  end
  out('HOVER ' .. text:sub(1, 160):gsub('\n', ' | '))
  local expect = os.getenv('EXPECT_HOVER') or ''
  if not text:find(expect, 1, true) then return fail('hover does not contain "' .. expect .. '"') end
end

vim.lsp.stop_client(vim.lsp.get_active_clients())
vim.wait(timeout, function() return #vim.lsp.get_active_clients() == 0 end, 20)
out('OK')
vim.cmd('qa!')
