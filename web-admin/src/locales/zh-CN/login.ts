export const login = {
  'login.title': '登录',
  'login.subtitle': '县级安全生产专项行动 · 隐患排查整改闭环管理',
  'login.username': '用户名',
  'login.password': '密码',
  'login.submit': '登录',
  'login.usernameRequired': '请输入用户名',
  'login.passwordRequired': '请输入密码',
  'login.sessionEnded': '登录已过期或已在别处退出，请重新登录',
  'login.footer': '县安全生产委员会办公室 · 应急管理局',
};
