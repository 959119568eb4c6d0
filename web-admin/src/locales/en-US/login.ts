import type { login as zh } from '../zh-CN/login';

export const login: { [K in keyof typeof zh]: string } = {
  'login.title': 'Sign in',
  'login.subtitle': 'County work-safety campaigns · closing the hazard loop',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.usernameRequired': 'Please enter your username',
  'login.passwordRequired': 'Please enter your password',
  'login.sessionEnded': 'Your session ended or you signed out elsewhere. Please sign in again.',
  'login.footer': 'County Work Safety Office · Emergency Management Bureau',
};
