-- A user's Neovim 0.7 configuration for the Always On VPN language server, exactly as documented in
-- test/e2e/README.md ("Using the language server from Neovim and other editors"). test/nvim/run.sh starts Neovim
-- with `-u test/nvim/init-0.7.lua` and `aovpn-language-server` on PATH, and checks that it works.
--
-- Neovim 0.7 has no vim.lsp.start: start one client with vim.lsp.start_client and attach every matching buffer.
-- The server decides from the content whether a file is a profile, EAP XML, event text or an NPS log, so attaching
-- it to all XML, log and text files is cheap (it ignores the rest). Neovim 0.7 gives *.log files no filetype,
-- hence the file-name patterns rather than a FileType autocommand.
local aovpn_client_id

local function attach_aovpn(args)
  if not aovpn_client_id or not vim.lsp.get_client_by_id(aovpn_client_id) then
    aovpn_client_id = vim.lsp.start_client({
      name = 'aovpn',
      cmd = { 'aovpn-language-server', '--stdio' },
      root_dir = vim.fn.getcwd(),
      -- optional; clients with workspace/configuration are asked for the section "aovpn" instead
      init_options = { settings = { codes = { inlayHints = true } } },
    })
  end
  if aovpn_client_id then vim.lsp.buf_attach_client(args.buf, aovpn_client_id) end
end

vim.api.nvim_create_autocmd({ 'BufReadPost', 'BufNewFile' }, {
  pattern = { '*.xml', '*.log', '*.txt' },
  callback = attach_aovpn,
})

-- the usual LSP mappings (Neovim 0.7 has no defaults)
vim.keymap.set('n', 'K', vim.lsp.buf.hover)
vim.keymap.set('n', '<leader>ca', vim.lsp.buf.code_action)
vim.keymap.set('n', ']d', vim.diagnostic.goto_next)
