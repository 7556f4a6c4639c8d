-- Drives Neovim's built-in LSP client for test/server/neovim.test.ts: starts pplint's language
-- server (its stdio entry point), opens the draft, waits until the diagnostics Neovim holds for it are the ones
-- the test expects (or the time is up), writes them as JSON and quits. Uses only what Neovim has
-- had since 0.7: vim.lsp.start_client, vim.lsp.buf_attach_client, vim.diagnostic, vim.wait.
local env = vim.env
local expected = vim.fn.json_decode(table.concat(vim.fn.readfile(env.PPLINT_EXPECTED), '\n'))

local function write(result)
  vim.fn.writefile({ vim.fn.json_encode(result) }, env.PPLINT_RESULT)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(env.PPLINT_DRAFT))
  local buffer = vim.api.nvim_get_current_buf()
  local client = vim.lsp.start_client({
    name = 'pplint',
    cmd = { env.PPLINT_NODE, env.PPLINT_SERVER },
    root_dir = env.PPLINT_ROOT,
  })
  assert(client, 'the language server did not start')
  vim.lsp.buf_attach_client(buffer, client)

  local function received()
    local list = {}
    for _, d in ipairs(vim.diagnostic.get(buffer)) do
      local lsp = d.user_data and d.user_data.lsp or {}
      -- Neovim holds byte columns; LSP (and the CLI) count UTF-16 code units.
      local text = vim.api.nvim_buf_get_lines(buffer, d.lnum, d.lnum + 1, false)[1] or ''
      local _, character = vim.str_utfindex(text, math.min(d.col, #text))
      table.insert(list, { line = d.lnum, character = character, code = d.code or lsp.code, source = d.source or lsp.source, message = d.message })
    end
    table.sort(list, function(a, b) return a.line < b.line or (a.line == b.line and a.character < b.character) end)
    return list
  end
  local function key(list)
    local keys = {}
    for _, d in ipairs(list) do table.insert(keys, string.format('%d:%d:%s', d.line, d.character, tostring(d.code))) end
    return table.concat(keys, '|')
  end
  local want = key(expected)
  local matched = vim.wait(tonumber(env.PPLINT_TIMEOUT), function() return key(received()) == want end, 50)
  write({ matched = matched, diagnostics = received(), clients = #vim.lsp.get_active_clients() })
  vim.lsp.stop_client(client)
end)
if not ok then write({ error = tostring(err) }) end
vim.cmd('qa!')
