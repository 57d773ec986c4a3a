-- Headless Neovim (0.7+) as an independent LSP client of factmark's server: open the sample,
-- hover "Lavrov" (expect "Sergei Lavrov" and his role), ask for code actions on the disputed
-- sentence (expect verified / disputed / pending). Writes a JSON report and exits non-zero on failure.
-- Env: FACTMARK_SERVER (dist/server.js), NVIM_RESULT (report path).
local server = assert(os.getenv('FACTMARK_SERVER'), 'FACTMARK_SERVER not set')
local out = os.getenv('NVIM_RESULT') or 'nvim-result.json'
local report = { checks = {} }

local function finish(ok)
  report.ok = ok
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(report))
  f:close()
  vim.cmd(ok and 'qa!' or 'cquit 1')
end

local function check(name, ok, detail)
  table.insert(report.checks, { name = name, ok = ok and true or false, detail = detail })
  return ok
end

-- Where `needle` first stands in the buffer, as an LSP position (UTF-16 character).
local function position_of(bufnr, needle, offset)
  for i, line in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local col = line:find(needle, 1, true)
    if col then
      return { line = i - 1, character = vim.str_utfindex(line, col - 1 + (offset or 0)) }
    end
  end
  return nil
end

-- Sends a request, retrying while the server is still starting (nil result or error), never sleeping blindly.
local function request(bufnr, client_id, method, params, accept)
  local last
  local deadline = vim.loop.now() + 15000
  while vim.loop.now() < deadline do
    local responses = vim.lsp.buf_request_sync(bufnr, method, params, 5000)
    local resp = responses and responses[client_id]
    last = resp
    if resp and not resp.err and resp.result ~= nil and resp.result ~= vim.NIL and accept(resp.result) then
      return resp.result
    end
    vim.wait(100)
  end
  return nil, last
end

local ok, err = pcall(function()
  local bufnr = vim.api.nvim_get_current_buf()
  local fname = vim.api.nvim_buf_get_name(bufnr)
  local client_id = vim.lsp.start_client({
    name = 'factmark',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(fname, ':p:h'),
  })
  if not check('server started', client_id ~= nil) then return false end
  vim.lsp.buf_attach_client(bufnr, client_id)
  local ready = vim.wait(15000, function()
    local c = vim.lsp.get_client_by_id(client_id)
    return c ~= nil and c.initialized == true
  end, 20)
  if not check('server initialized', ready) then return false end
  local uri = vim.uri_from_bufnr(bufnr)

  -- Hover "Lavrov".
  local pos = position_of(bufnr, 'Lavrov', 1)
  if not check('"Lavrov" found in the buffer', pos ~= nil) then return false end
  local hover = request(bufnr, client_id, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, function(r)
    return type(r.contents) == 'table' and type(r.contents.value) == 'string'
  end)
  local value = hover and hover.contents.value or ''
  local plain = value:gsub('\\(.)', '%1')
  report.hover = value
  local h1 = check('hover names Sergei Lavrov', plain:find('Sergei Lavrov', 1, true) ~= nil, value)
  local h2 = check('hover gives his role', plain:find('Russian Foreign Minister', 1, true) ~= nil, value)

  -- Code actions on the disputed sentence.
  local cpos = position_of(bufnr, 'is suspected of supporting', 3)
  if not check('disputed sentence found', cpos ~= nil) then return false end
  local actions = request(bufnr, client_id, 'textDocument/codeAction', {
    textDocument = { uri = uri },
    range = { start = cpos, ['end'] = cpos },
    context = { diagnostics = {} },
  }, function(r) return #r > 0 end) or {}
  local statuses, titles = {}, {}
  for _, a in ipairs(actions) do
    table.insert(titles, a.title)
    local args = a.command and a.command.arguments and a.command.arguments[1]
    if args and args.status then statuses[args.status] = true end
  end
  report.code_actions = titles
  local c1 = check('code actions offer verified', statuses.verified == true, titles)
  local c2 = check('code actions offer disputed', statuses.disputed == true, titles)
  local c3 = check('code actions offer pending', statuses.pending == true, titles)
  local preferred = false
  for _, a in ipairs(actions) do
    if a.isPreferred and a.title:find('despite its denials', 1, true) then preferred = true end
  end
  local c4 = check("preferred quick fix quotes the cue", preferred, titles)

  vim.lsp.stop_client(client_id)
  return h1 and h2 and c1 and c2 and c3 and c4
end)

if not ok then report.error = tostring(err) end
finish(ok and err == true)
